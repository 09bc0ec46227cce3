using System.Globalization;
using Boundaries.Core.Geodesy;
using Boundaries.Core.Scenarios.Operations;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Polygonize;
using NetTopologySuite.Operation.Valid;

namespace Boundaries.Core.Scenarios.Territories;

/// <summary>Cuts the part of a unit given by a polygon or by a splitting line.</summary>
internal static class PartCutter
{
    /// <summary>Area (km²) below which a remainder counts as nothing: 1 m².</summary>
    private const double NegligibleKm2 = 1e-6;

    /// <summary>The cut, or a one-line problem naming <paramref name="unitName"/>.</summary>
    public static (PartCut? Cut, string? Problem) Cut(Geometry source, string unitName, PartShape shape) => shape switch
    {
        PolygonPart p => ByPolygon(source, unitName, p.Polygon),
        SplitLinePart l => ByLine(source, unitName, l.Line, l.PointInside),
        _ => throw new ArgumentException($"{shape.GetType().Name} has no polygon to cut", nameof(shape)),
    };

    private static (PartCut?, string?) ByPolygon(Geometry source, string unitName, Geometry polygon)
    {
        if (polygon is not (Polygon or MultiPolygon) || polygon.IsEmpty)
        {
            return (null, $"phần điều chỉnh phải là một vùng (Polygon hoặc MultiPolygon), không phải {polygon.GeometryType}");
        }

        var validity = new IsValidOp(polygon).ValidationError;
        if (validity is not null)
        {
            return (null, FormattableString.Invariant($"vùng của phần điều chỉnh không hợp lệ (các cạnh tự cắt nhau hoặc quá ít đỉnh) tại {validity.Coordinate.X:0.######}, {validity.Coordinate.Y:0.######}"));
        }

        var part = Polygonal.Of(OverlayNGRobust.Overlay(polygon, source, SpatialFunction.Intersection));
        var partKm2 = EllipsoidalMeasure.AreaKm2(part);
        if (part.IsEmpty || partKm2 < NegligibleKm2)
        {
            return (null, $"vùng của phần điều chỉnh không nằm trong {unitName}");
        }

        var remainder = Polygonal.Of(OverlayNGRobust.Overlay(source, polygon, SpatialFunction.Difference));
        if (remainder.IsEmpty || EllipsoidalMeasure.AreaKm2(remainder) < NegligibleKm2)
        {
            return (null, $"phần điều chỉnh phủ toàn bộ {unitName}; hãy dùng thao tác nhập hoặc giải thể");
        }

        var outsideKm2 = EllipsoidalMeasure.AreaKm2(polygon) - partKm2;
        List<string> notes = outsideKm2 > NegligibleKm2
            ? [string.Create(CultureInfo.InvariantCulture, $"{outsideKm2:0.######} km² của vùng đã vẽ nằm ngoài {unitName} nên không được chuyển")]
            : [];
        return (new PartCut(part, remainder, notes), null);
    }

    private static (PartCut?, string?) ByLine(Geometry source, string unitName, Geometry line, Coordinate pointInside)
    {
        if (line is not (LineString or MultiLineString) || line.IsEmpty)
        {
            return (null, $"đường chia phải là một đường (LineString hoặc MultiLineString), không phải {line.GeometryType}");
        }

        // Node the unit's rings with the line, then every closed face inside the unit is a candidate piece.
        var noded = OverlayNGRobust.Overlay(source.Boundary, line, SpatialFunction.Union);
        var polygonizer = new Polygonizer();
        polygonizer.Add(noded);
        var pieces = polygonizer.GetPolygons()
            .Where(face => source.Covers(face.InteriorPoint))
            .ToList();
        if (pieces.Count < 2)
        {
            return (null, $"đường chia không cắt {unitName} thành hai phần (phải cắt ngang đơn vị từ ranh giới này sang ranh giới kia)");
        }

        var point = source.Factory.CreatePoint(pointInside);
        var part = pieces.FirstOrDefault(face => face.Covers(point));
        if (part is null)
        {
            return (null, FormattableString.Invariant($"the point {pointInside.X:0.######}, {pointInside.Y:0.######} lies in no piece of {unitName}"));
        }

        var remainder = Polygonal.Of(OverlayNGRobust.Overlay(source, part, SpatialFunction.Difference));
        return (new PartCut(Polygonal.Of(part), remainder, []), null);
    }
}
