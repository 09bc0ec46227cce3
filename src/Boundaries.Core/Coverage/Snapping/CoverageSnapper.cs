using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Coverage.Snapping;

/// <summary>Closes slivers between neighbours by snapping their boundaries together within a stated tolerance, as an explicit, recorded repair.</summary>
/// <remarks>
/// Two passes, in the input order of the units. First (<see cref="VertexSnapping"/>), each vertex moves onto the nearest
/// vertex of an earlier unit within the tolerance; shifts never chain beyond the tolerance. Second
/// (<see cref="VertexInsertion"/>), every vertex is inserted into the segments of other units that pass within the tolerance
/// of it, so both sides of a common boundary end up with the same vertices. A unit whose snapped polygon would be invalid
/// keeps its original geometry and is reported as refused (its neighbours keep their snapped shape, so check the coverage
/// again after snapping). The tolerance should stay well below the shortest real boundary edge; on the Trà Vinh communes
/// 1 cm already closes every sliver. Nothing changes unless this is called; the input is never modified.
/// </remarks>
public static class CoverageSnapper
{
    /// <summary>Snaps the units' boundaries within <paramref name="toleranceMeters"/> and records what changed per unit.</summary>
    public static SnapResult Snap(IReadOnlyList<CoverageUnit> units, double toleranceMeters)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (!(toleranceMeters > 0 && toleranceMeters <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(toleranceMeters), toleranceMeters, "The snapping tolerance must be between 0 and 100 metres.");
        }

        if (units.Select(u => u.Key).Distinct().Count() != units.Count)
        {
            throw new ArgumentException("Unit keys must be unique.", nameof(units));
        }

        var rings = units.SelectMany((u, i) => RingsOf(u.Geometry, i)).ToList();
        if (rings.Count == 0)
        {
            return new SnapResult(toleranceMeters, units, []);
        }

        var maxAbsLat = rings.Max(r => r.Y.Length == 0 ? 0 : r.Y.Max(Math.Abs));
        var cell = SnapGrid.CellDegreesFor(toleranceMeters, maxAbsLat);
        var moved = new int[units.Count];
        var inserted = new int[units.Count];
        var shift = new double[units.Count];
        VertexSnapping.Run(rings, new SnapGrid(cell, toleranceMeters), moved, shift);
        VertexInsertion.Run(rings, cell, toleranceMeters, inserted, shift);

        var result = new List<CoverageUnit>(units.Count);
        var changes = new List<UnitSnapChange>();
        foreach (var group in rings.GroupBy(r => r.Unit))
        {
            var unit = units[group.Key];
            var (geometry, removed) = Rebuild(unit.Geometry, group.ToList());
            if (moved[group.Key] == 0 && inserted[group.Key] == 0 && removed == 0)
            {
                continue;
            }

            // A unit that collapses to nothing is refused like an invalid one: snapping must never delete ground.
            var refused = !geometry.IsValid || geometry.IsEmpty;
            var before = EllipsoidalMeasure.Wgs84.AreaSquareMeters(unit.Geometry);
            var after = refused ? before : EllipsoidalMeasure.Wgs84.AreaSquareMeters(geometry);
            changes.Add(new UnitSnapChange(unit.Key, moved[group.Key], inserted[group.Key], removed, shift[group.Key], before, after, refused));
            if (!refused)
            {
                result.Add(unit with { Geometry = geometry });
            }
        }

        var changed = result.ToDictionary(u => u.Key);
        return new SnapResult(toleranceMeters, units.Select(u => changed.GetValueOrDefault(u.Key, u)).ToList(), changes);
    }

    private static IEnumerable<SnapRing> RingsOf(Geometry geometry, int unit)
    {
        for (var p = 0; p < geometry.NumGeometries; p++)
        {
            if (geometry.GetGeometryN(p) is not Polygon { IsEmpty: false } polygon)
            {
                continue;
            }

            yield return SnapRing.Of(polygon.ExteriorRing, unit, p, isShell: true);
            foreach (var hole in polygon.InteriorRings)
            {
                yield return SnapRing.Of(hole, unit, p, isShell: false);
            }
        }
    }

    private static (Geometry Geometry, int Removed) Rebuild(Geometry original, List<SnapRing> rings)
    {
        var factory = original.Factory;
        var removed = 0;
        var polygons = new List<Polygon>();
        foreach (var part in rings.GroupBy(r => r.Part))
        {
            LinearRing? shell = null;
            var holes = new List<LinearRing>();
            foreach (var ring in part)
            {
                var (coordinates, dropped) = ring.Build();
                removed += dropped;
                if (coordinates.Length < 4)
                {
                    continue;
                }

                if (ring.IsShell)
                {
                    shell = factory.CreateLinearRing(coordinates);
                }
                else
                {
                    holes.Add(factory.CreateLinearRing(coordinates));
                }
            }

            if (shell is not null)
            {
                polygons.Add(factory.CreatePolygon(shell, holes.ToArray()));
            }
        }

        Geometry geometry = original is Polygon && polygons.Count == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons.ToArray());
        return (geometry, removed);
    }
}
