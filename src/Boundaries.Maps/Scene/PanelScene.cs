using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Snapping;
using Boundaries.Core.Units;
using Boundaries.Maps.Projection;
using NetTopologySuite.Coverage;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Maps.Scene;

/// <summary>A panel's polygons in the display CRS, with the extent of the area in focus and the district and province outlines.</summary>
internal sealed class PanelScene
{
    // Closes the sub-millimetre slivers of real data so that shared edges are recognised as shared (never used for area).
    private const double DisplaySnapMeters = 0.05;

    private PanelScene(MapPanel panel, IReadOnlyList<SceneFeature> features, Envelope focusExtent)
    {
        Panel = panel;
        Features = features;
        FocusExtent = focusExtent;
        Districts = new Dictionary<UnitCode, Geometry>();
        ProvinceOutline = null;
    }

    /// <summary>The panel drawn.</summary>
    public MapPanel Panel { get; }

    /// <summary>Communes and unassigned polygons, in the map's order.</summary>
    public IReadOnlyList<SceneFeature> Features { get; private set; }

    /// <summary>The extent of the features in focus, in metres.</summary>
    public Envelope FocusExtent { get; }

    /// <summary>Each district's outline (the union of its communes' display polygons), keyed by district code.</summary>
    public IReadOnlyDictionary<UnitCode, Geometry> Districts { get; private set; }

    /// <summary>The outline of all features, or null when there are none.</summary>
    public Geometry? ProvinceOutline { get; private set; }

    /// <summary>Projects the panel's communes and unassigned polygons; <paramref name="focus"/> selects the area in colour, a rectangle also the extent.</summary>
    public static PanelScene Project(MapPanel panel, DisplayCrs crs, MapFocus focus)
    {
        var map = panel.Map;
        var coverage = CoverageUnit.Of(map, UnitLevel.Commune);
        var snapped = CoverageSnapper.Snap(coverage, DisplaySnapMeters).Units;
        var features = new List<SceneFeature>(snapped.Count);
        var unassigned = map.Unassigned.ToDictionary(a => a.Name);
        foreach (var item in snapped)
        {
            var unit = unassigned.ContainsKey(item.Key) ? null : map.Find(new UnitCode(item.Key));
            var area = unit is null ? unassigned[item.Key] : null;
            var parent = unit?.ParentCode ?? area?.ParentCode;
            var inFocus = focus.Includes(unit?.Code, parent, item.Geometry);
            var changed = unit is not null && panel.Changed.Contains(unit.Code);
            features.Add(new SceneFeature(item.Key, unit, area, parent, crs.Project(item.Geometry), inFocus, changed));
        }

        var extent = new Envelope();
        foreach (var f in features.Where(f => f.InFocus))
        {
            extent.ExpandToInclude(f.Geometry.EnvelopeInternal);
        }

        if (focus.Bounds is { } bounds && !extent.IsNull)
        {
            // The view asked for, not the whole of the communes it touches.
            extent = crs.Project(features[0].Geometry.Factory.ToGeometry(bounds.Envelope)).EnvelopeInternal;
        }

        return new PanelScene(panel, features, extent);
    }

    /// <summary>Simplifies every polygon for display with a coverage simplifier, so shared edges stay shared, and builds the outlines.</summary>
    /// <remarks>For drawing only: areas and every figure printed come from the unsimplified lon/lat polygons.</remarks>
    public void Simplify(double toleranceMeters)
    {
        // Only what can show on paper goes to the simplifier: the pinholes a merger leaves between its former communes
        // (sliver gaps of the data, far below the tolerance) collapse in it to one-point rings, which it cannot build.
        var geometries = Features.Select(f => DisplayPolygons.WithoutPinholes(f.Geometry, toleranceMeters * toleranceMeters)).ToArray();
        var simplified = toleranceMeters > 0 ? CoverageSimplifier.Simplify(geometries, toleranceMeters) : geometries;
        Features = Features.Select((f, i) => f with { Geometry = simplified[i].IsEmpty ? f.Geometry : simplified[i] }).ToList();
        Districts = Features
            .Where(f => f.DistrictCode is not null)
            .GroupBy(f => f.DistrictCode!.Value)
            .ToDictionary(g => g.Key, g => Union(g.Select(f => f.Geometry)));
        ProvinceOutline = Features.Count == 0 ? null : Union(Features.Select(f => f.Geometry));
    }

    private static Geometry Union(IEnumerable<Geometry> polygons)
    {
        var list = polygons.ToArray();
        var collection = list[0].Factory.BuildGeometry(list);
        return OverlayNGRobust.Union(collection);
    }
}
