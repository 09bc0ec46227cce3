using NetTopologySuite.Algorithm.Construct;
using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace Boundaries.Maps.Labels;

/// <summary>Candidate label positions inside a polygon: the centre of its largest inscribed circle first, then other points far from its boundary.</summary>
internal static class InteriorPoints
{
    /// <summary>An interior point and its distance to the polygon's boundary.</summary>
    public readonly record struct Candidate(Coordinate Point, double Clearance);

    /// <summary>Up to <paramref name="count"/> points, the inscribed circle's centre first, the rest by clearance, at least <paramref name="spacing"/> apart.</summary>
    public static IReadOnlyList<Candidate> Of(Geometry polygon, int count, double spacing)
    {
        if (polygon.IsEmpty || polygon.Area <= 0)
        {
            return [];
        }

        var envelope = polygon.EnvelopeInternal;
        var tolerance = Math.Max(0.25, Math.Min(envelope.Width, envelope.Height) / 200);
        var circle = new MaximumInscribedCircle(polygon, tolerance);
        var centre = circle.GetCenter().Coordinate;
        var result = new List<Candidate> { new(centre, circle.GetRadiusLine().Length) };

        var locator = new IndexedPointInAreaLocator(polygon);
        var distance = new IndexedFacetDistance(polygon);
        var step = Math.Max(envelope.Width, envelope.Height) / 18;
        var grid = new List<Candidate>();
        for (var x = envelope.MinX + (step / 2); x < envelope.MaxX; x += step)
        {
            for (var y = envelope.MinY + (step / 2); y < envelope.MaxY; y += step)
            {
                var c = new Coordinate(x, y);
                if (locator.Locate(c) == Location.Interior)
                {
                    grid.Add(new Candidate(c, distance.Distance(polygon.Factory.CreatePoint(c))));
                }
            }
        }

        foreach (var candidate in grid.OrderByDescending(g => g.Clearance))
        {
            if (result.Count >= count)
            {
                break;
            }

            if (result.All(r => r.Point.Distance(candidate.Point) >= spacing))
            {
                result.Add(candidate);
            }
        }

        return result;
    }
}
