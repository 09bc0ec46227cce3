using Boundaries.Web.Display;

namespace Boundaries.Web;

/// <summary>What every request shares: the options and the display shapes of the baseline, made once at start.</summary>
internal sealed class PlannerContext
{
    /// <summary>Simplifies the baseline's commune and unassigned polygons together for display.</summary>
    public PlannerContext(PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Shapes = new DisplayCoverage(CoveragePolygons(options.Map.Communes, options.Map.Unassigned), options.DisplayToleranceDegrees);
        BaselineOutlines.Of(MapFeatures.ShapesByDistrict(options.Map, Shapes));
    }

    /// <summary>The options the planner was started with.</summary>
    public PlannerOptions Options { get; }

    /// <summary>The baseline map.</summary>
    public AdminMap Baseline => Options.Map;

    /// <summary>Display shapes, shared by the baseline and every scenario.</summary>
    public DisplayCoverage Shapes { get; }

    /// <summary>The baseline's district outlines, made once at start; every scenario starts from them.</summary>
    public DistrictOutlines BaselineOutlines { get; } = new();

    /// <summary>The polygons drawn on the map: communes and unassigned areas, which together cover the province.</summary>
    public static IEnumerable<NetTopologySuite.Geometries.Geometry> CoveragePolygons(IEnumerable<AdminUnit> communes, IEnumerable<UnassignedArea> unassigned) =>
        communes.Select(c => c.Geometry).OfType<NetTopologySuite.Geometries.Geometry>().Concat(unassigned.Select(a => a.Geometry));
}
