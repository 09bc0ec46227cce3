using Boundaries.Maps.Layout;
using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>Turns polygons in the display CRS into Skia paths on the page.</summary>
internal static class SkiaPaths
{
    /// <summary>A path of every ring of a polygonal geometry, filled even-odd so holes stay holes.</summary>
    public static SKPath Of(Geometry geometry, MapView view)
    {
        var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        for (var i = 0; i < geometry.NumGeometries; i++)
        {
            if (geometry.GetGeometryN(i) is not Polygon polygon)
            {
                continue;
            }

            AddRing(path, polygon.ExteriorRing, view);
            foreach (var hole in polygon.InteriorRings)
            {
                AddRing(path, hole, view);
            }
        }

        return path;
    }

    /// <summary>A polygonal geometry in page coordinates (points, y down), for label fitting.</summary>
    public static Geometry ToPage(Geometry geometry, MapView view)
    {
        var copy = geometry.Copy();
        copy.Apply(new PageFilter(view));
        copy.GeometryChanged();
        return copy;
    }

    private static void AddRing(SKPath path, LineString ring, MapView view)
    {
        var sequence = ring.CoordinateSequence;
        if (sequence.Count < 3)
        {
            return;
        }

        path.MoveTo(view.ToPage(sequence.GetX(0), sequence.GetY(0)));
        for (var i = 1; i < sequence.Count; i++)
        {
            path.LineTo(view.ToPage(sequence.GetX(i), sequence.GetY(i)));
        }

        path.Close();
    }

    private sealed class PageFilter(MapView view) : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (var i = 0; i < seq.Count; i++)
            {
                var p = view.ToPage(seq.GetX(i), seq.GetY(i));
                seq.SetX(i, p.X);
                seq.SetY(i, p.Y);
            }
        }
    }
}
