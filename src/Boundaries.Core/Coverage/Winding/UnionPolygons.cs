using NetTopologySuite.Algorithm;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>Assembles traced rings into polygons: each hole goes to the smallest shell that contains it.</summary>
/// <remarks>Rings come oriented as NetTopologySuite's overlay writes them: shells clockwise, holes counter-clockwise.</remarks>
internal static class UnionPolygons
{
    /// <summary>A polygon, or a multipolygon when the union has several shells.</summary>
    public static Geometry Assemble(List<Coordinate[]> rings, GeometryFactory factory)
    {
        var shells = new List<Shell>();
        var holes = new List<Coordinate[]>();
        foreach (var ring in rings)
        {
            var signedArea = Area.OfRingSigned(ring);
            if (signedArea == 0)
            {
                throw new InconsistentWindingException("a boundary ring encloses no area");
            }

            // OfRingSigned is positive for clockwise rings: the shells, as the rings come (see RingSplitter).
            if (signedArea > 0)
            {
                shells.Add(new Shell(ring, signedArea));
            }
            else
            {
                holes.Add(ring);
            }
        }

        foreach (var hole in holes)
        {
            ContainingShell(shells, hole).Holes.Add(hole);
        }

        var polygons = new Polygon[shells.Count];
        for (var i = 0; i < shells.Count; i++)
        {
            var shell = shells[i];
            var holeRings = shell.Holes.Select(factory.CreateLinearRing).ToArray();
            polygons[i] = factory.CreatePolygon(factory.CreateLinearRing(shell.Ring), holeRings);
        }

        return polygons.Length switch
        {
            0 => factory.CreatePolygon(),
            1 => polygons[0],
            _ => factory.CreateMultiPolygon(polygons),
        };
    }

    private static Shell ContainingShell(List<Shell> shells, Coordinate[] hole)
    {
        if (shells.Count == 1)
        {
            return shells[0];
        }

        var envelope = EnvelopeOf(hole);
        Shell? best = null;
        foreach (var shell in shells)
        {
            if ((best is null || shell.Area < best.Area) && shell.Envelope.Covers(envelope) && Contains(shell.Ring, hole))
            {
                best = shell;
            }
        }

        return best ?? throw new InconsistentWindingException("a hole lies in no shell");
    }

    /// <summary>Whether the shell contains the hole, judged at the first hole vertex not on the shell.</summary>
    private static bool Contains(Coordinate[] shell, Coordinate[] hole)
    {
        foreach (var point in hole)
        {
            var location = PointLocation.LocateInRing(point, shell);
            if (location != Location.Boundary)
            {
                return location == Location.Interior;
            }
        }

        return false;
    }

    private static Envelope EnvelopeOf(Coordinate[] ring)
    {
        var envelope = new Envelope();
        foreach (var point in ring)
        {
            envelope.ExpandToInclude(point);
        }

        return envelope;
    }

    private sealed class Shell(Coordinate[] ring, double area)
    {
        public Coordinate[] Ring { get; } = ring;

        public double Area { get; } = area;

        public Envelope Envelope { get; } = EnvelopeOf(ring);

        public List<Coordinate[]> Holes { get; } = [];
    }
}
