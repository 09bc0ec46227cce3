using Boundaries.Core.Crs;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;
using NetTopologySuite.IO;

namespace Boundaries.Core.Tests.Crs;

public sealed class LonLatTransformTests
{
    // Metres per degree near Vietnam, generous upper bounds so a tolerance in metres stays honest.
    private const double MetresPerDegreeLat = 110_700;
    private const double MetresPerDegreeLon = 111_320;

    public static TheoryData<int> SupportedCodes() => new(CrsRegistry.Supported);

    [Theory]
    [MemberData(nameof(SupportedCodes))]
    public void ToLonLat_PyprojControlPoints_Within5Centimetres(int epsg)
    {
        var points = CrsFixtures.ControlPoints().Where(p => p.Epsg == epsg).ToList();
        var transform = LonLatTransform.For(epsg);

        Assert.NotEmpty(points);
        foreach (var p in points)
        {
            var (lon, lat) = transform.ToLonLat(p.X, p.Y);
            var errorMetres = DistanceMetres(lon, lat, p.Lon, p.Lat);
            Assert.True(errorMetres < 0.05, $"EPSG:{epsg} {p.Place}: ({lon:F9}, {lat:F9}) is {errorMetres:F4} m from pyproj ({p.Lon:F9}, {p.Lat:F9})");
        }
    }

    [Theory]
    [MemberData(nameof(SupportedCodes))]
    public void FromLonLat_PyprojControlPoints_Within5Centimetres(int epsg)
    {
        var factory = new GeometryFactory();
        var transform = LonLatTransform.For(epsg);

        foreach (var p in CrsFixtures.ControlPoints().Where(p => p.Epsg == epsg))
        {
            var projected = (Point)transform.FromLonLat(factory.CreatePoint(new Coordinate(p.Lon, p.Lat)));

            var error = CrsRegistry.DefinitionOf(epsg).IsGeographic
                ? DistanceMetres(projected.X, projected.Y, p.X, p.Y)
                : Math.Sqrt(Math.Pow(projected.X - p.X, 2) + Math.Pow(projected.Y - p.Y, 2));
            Assert.True(error < 0.05, $"EPSG:{epsg} {p.Place}: ({projected.X:F4}, {projected.Y:F4}) is {error:F4} m from ({p.X}, {p.Y})");
            Assert.Equal(epsg, projected.SRID);
        }
    }

    [Fact]
    public void ToLonLat_Vn2000Geographic_ShiftsAbout225Metres()
    {
        // The datum shift must be applied: the same numbers on VN-2000 and WGS 84 are ~225 m apart in Trà Vinh.
        var (lon, lat) = LonLatTransform.For(CrsRegistry.Vn2000).ToLonLat(106.3453, 9.9347);

        var shift = DistanceMetres(lon, lat, 106.3453, 9.9347);

        Assert.InRange(shift, 200, 250);
    }

    [Fact]
    public void ToLonLat_Polygon_ReturnsNewGeometryWithSrid4326AndLeavesInputUntouched()
    {
        var input = new WKTReader().Read("POLYGON ((589805.427 1107795.845, 596089.823 1103494.112, 590000 1100000, 589805.427 1107795.845))");
        input.SRID = 9209;
        var before = input.Copy();

        var result = LonLatTransform.For(9209).ToLonLat(input);

        Assert.NotSame(input, result);
        Assert.Equal(4326, result.SRID);
        Assert.Equal(4326, result.Factory.SRID);
        Assert.True(before.EqualsExact(input), "input changed");
        Assert.Equal(106.320980746, result.Coordinates[0].X, 1e-6);
        Assert.Equal(10.016523615, result.Coordinates[0].Y, 1e-6);
        Assert.Equal(result.Coordinates[0], result.Coordinates[^1]);
        Assert.InRange(result.EnvelopeInternal.MinX, 106.3, 106.4);
    }

    [Fact]
    public void ToLonLat_Wgs84_IsCopyWithSrid4326()
    {
        var input = new WKTReader().Read("MULTIPOLYGON (((106.3 9.9, 106.4 9.9, 106.4 10, 106.3 9.9)))");

        var result = LonLatTransform.For(4326).ToLonLat(input);

        Assert.True(LonLatTransform.For(4326).IsIdentity);
        Assert.NotSame(input, result);
        Assert.Equal(4326, result.SRID);
        Assert.True(input.EqualsExact(result));
    }

    [Fact]
    public void ToLonLat_PackedSequenceWithZ_TransformsXYAndKeepsZ()
    {
        var packed = new PackedCoordinateSequenceFactory(PackedCoordinateSequenceFactory.PackedType.Double);
        var factory = new GeometryFactory(packed);
        var line = factory.CreateLineString(packed.Create([588000, 1100000, 12.5, 590000, 1105000, 7.0], 3, 0));
        var (lon, lat) = LonLatTransform.For(9209).ToLonLat(590000, 1105000);

        var result = (LineString)LonLatTransform.For(9209).ToLonLat(line);

        Assert.IsType<PackedDoubleCoordinateSequence>(result.CoordinateSequence);
        Assert.Equal(lon, result.CoordinateSequence.GetX(1));
        Assert.Equal(lat, result.CoordinateSequence.GetY(1));
        Assert.Equal(12.5, result.CoordinateSequence.GetZ(0));
        Assert.Equal(588000, line.CoordinateSequence.GetX(0));
    }

    [Fact]
    public void ToLonLat_EmptyAndMixedCollection_Handled()
    {
        var input = new WKTReader().Read("GEOMETRYCOLLECTION (POINT (588000 1100000), LINESTRING EMPTY, POLYGON ((588000 1100000, 589000 1100000, 589000 1101000, 588000 1100000), (588100 1100100, 588200 1100100, 588200 1100200, 588100 1100100)))");

        var result = LonLatTransform.For(9209).ToLonLat(input);

        Assert.Equal(3, result.NumGeometries);
        Assert.Equal(106.3043399, result.GetGeometryN(0).Coordinate.X, 1e-6);
        Assert.True(result.GetGeometryN(1).IsEmpty);
        Assert.Equal(1, ((Polygon)result.GetGeometryN(2)).NumInteriorRings);
        Assert.True(LonLatTransform.For(9209).ToLonLat(Polygon.Empty).IsEmpty);
    }

    [Fact]
    public void ToLonLat_SamePointRepeatedInOneSequence_IdenticalResults()
    {
        // Regression: ProjNET's 2D bulk path let each point's height leak into the next one.
        var line = new GeometryFactory().CreateLineString([new(590000, 1105000), new(590000, 1105000), new(590000, 1105000), new(588000, 1100000), new(590000, 1105000)]);
        var (lon, lat) = LonLatTransform.For(9209).ToLonLat(590000, 1105000);

        var result = LonLatTransform.For(9209).ToLonLat(line).Coordinates;

        foreach (var i in new[] { 0, 1, 2, 4 })
        {
            Assert.Equal(lon, result[i].X);
            Assert.Equal(lat, result[i].Y);
        }
    }

    [Fact]
    public void ToLonLat_ManyThreads_SameResults()
    {
        var points = CrsFixtures.ControlPoints().Where(p => p.Epsg == 3405).ToArray();
        var transform = LonLatTransform.For(3405);
        var expected = points.Select(p => transform.ToLonLat(p.X, p.Y)).ToArray();

        var results = new (double, double)[points.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = transform.ToLonLat(points[i % points.Length].X, points[i % points.Length].Y));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % points.Length], results[i]);
        }
    }

    [Fact]
    public void For_UnsupportedCode_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => LonLatTransform.For(32648));

        Assert.Contains("EPSG:32648 is not supported", error.Message);
    }

    [Fact]
    public void For_SameCode_ReturnsCachedInstance()
    {
        Assert.Same(LonLatTransform.For(9210), LonLatTransform.For(9210));
    }

    internal static double DistanceMetres(double lon1, double lat1, double lon2, double lat2)
    {
        var dx = (lon1 - lon2) * MetresPerDegreeLon * Math.Cos(lat1 * Math.PI / 180);
        var dy = (lat1 - lat2) * MetresPerDegreeLat;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
