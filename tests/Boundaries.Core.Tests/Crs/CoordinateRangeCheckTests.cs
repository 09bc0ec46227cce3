using Boundaries.Core.Crs;
using NetTopologySuite.Geometries;

namespace Boundaries.Core.Tests.Crs;

public sealed class CoordinateRangeCheckTests
{
    // Extents of TP Trà Vinh (district 842): lon/lat from data/boundaries/tra-vinh, metres from the EPSG:9209 fixture.
    private static readonly Envelope TraVinhLonLat = new(106.301646, 106.389720, 9.886560, 10.016854);
    private static readonly Envelope TraVinhTm3 = new(587713.723, 597361.871, 1093428.469, 1107832.252);

    [Theory]
    [InlineData(4326)]
    [InlineData(4756)]
    public void Check_TraVinhDegreesAsGeographic_Null(int epsg)
    {
        Assert.Null(CoordinateRangeCheck.Check(TraVinhLonLat, epsg));
    }

    [Theory]
    [InlineData(9209)]
    [InlineData(9210)]
    [InlineData(5897)]
    [InlineData(3405)]
    public void Check_TraVinhMetresAsNearbyGrid_Null(int epsg)
    {
        Assert.Null(CoordinateRangeCheck.Check(TraVinhTm3, epsg));
    }

    [Fact]
    public void Check_IslandsAndExtremes_Null()
    {
        // Lũng Cú (north), A Pa Chải (west), Mũi Cà Mau (south) and Trường Sa Lớn (Spratly, east).
        Assert.Null(CoordinateRangeCheck.Check(new Envelope(102.14, 111.92, 8.58, 23.36), 4326));
        Assert.Null(CoordinateRangeCheck.Check(new Envelope(598_000, 599_000, 955_000, 956_000), 3406));
    }

    [Fact]
    public void Check_MetresDeclaredAsWgs84_SaysProjectedMetres()
    {
        var problem = CoordinateRangeCheck.Check(new Envelope(580_012.5, 585_432.2, 1_093_428, 1_107_832), 4326);

        Assert.Equal("x up to 585,432 is not a longitude: the file holds projected metres but declares EPSG:4326", problem);
    }

    [Fact]
    public void Check_LatLonSwapped_SaysSwapped()
    {
        var swapped = new Envelope(TraVinhLonLat.MinY, TraVinhLonLat.MaxY, TraVinhLonLat.MinX, TraVinhLonLat.MaxX);

        var problem = CoordinateRangeCheck.Check(swapped, 4326);

        Assert.Equal("x 9.8866–10.0169 and y 106.3016–106.3897 look like latitude and longitude swapped: EPSG:4326 is read x = longitude, y = latitude", problem);
    }

    [Fact]
    public void Check_DegreesDeclaredAsGrid_SaysDegreesNotMetres()
    {
        var problem = CoordinateRangeCheck.Check(TraVinhLonLat, 9209);

        Assert.Equal("x 106.3016–106.3897, y 9.8866–10.0169 are degrees, not metres: the file holds longitude/latitude but declares EPSG:9209 (VN-2000 / TM-3 105-30)", problem);
    }

    [Fact]
    public void Check_Utm49MetresDeclaredAsUtm48_SaysOutsideVietnam()
    {
        // Đà Nẵng-ish eastings of zone 49N (central meridian 111°) read as zone 48N (105°) land near 102°E... or further west.
        var problem = CoordinateRangeCheck.Check(new Envelope(120_000, 130_000, 1_770_000, 1_780_000), 3405);

        Assert.NotNull(problem);
        Assert.StartsWith("x 120,000–130,000, y 1,770,000–1,780,000 lands at lon 101.", problem);
        Assert.EndsWith("under EPSG:3405 (VN-2000 / UTM zone 48N), outside Vietnam (lon 101.5–118.5, lat 5.5–24): wrong zone or central meridian?", problem);
    }

    [Fact]
    public void Check_ProvincialMetresDeclaredAsFarZone_SaysOutsideVietnam()
    {
        // Trà Vinh in TM-3 105-30 read as TM-3 zone 481 (central meridian 102°) lands in the Gulf of Thailand, west of 102.9°E.
        var problem = CoordinateRangeCheck.Check(new Envelope(TraVinhTm3.MinX - 300_000, TraVinhTm3.MaxX - 300_000, TraVinhTm3.MinY - 600_000, TraVinhTm3.MaxY - 600_000), 5896);

        Assert.NotNull(problem);
        Assert.Contains("outside Vietnam", problem);
    }

    [Fact]
    public void Check_NorthingEastingSwapped_SaysSwapped()
    {
        var swapped = new Envelope(TraVinhTm3.MinY, TraVinhTm3.MaxY, TraVinhTm3.MinX, TraVinhTm3.MaxX);

        var problem = CoordinateRangeCheck.Check(swapped, 9209);

        Assert.Equal("x 1,093,428–1,107,832, y 587,714–597,362 look like northing and easting swapped for EPSG:9209 (VN-2000 / TM-3 105-30): x must be the easting", problem);
    }

    [Fact]
    public void Check_WebMercatorMetresDeclaredAsTm3_SaysOutsideVietnam()
    {
        var problem = CoordinateRangeCheck.Check(new Envelope(11_833_000, 11_843_000, 1_106_000, 1_121_000), 9209);

        Assert.NotNull(problem);
        Assert.StartsWith("x 11,833,000–11,843,000, y 1,106,000–1,121,000 ", problem);
    }

    [Fact]
    public void Check_NullIslandInWgs84_SaysNotWithinVietnam()
    {
        var problem = CoordinateRangeCheck.Check(new Envelope(0, 106.39, 0, 10.02), 4326);

        Assert.Equal("extent lon 0–106.39, lat 0–10.02 is not within Vietnam (lon 101.5–118.5, lat 5.5–24), declared as EPSG:4326", problem);
    }

    [Fact]
    public void Check_EmptyExtent_Null()
    {
        Assert.Null(CoordinateRangeCheck.Check(new Envelope(), 9209));
    }

    [Fact]
    public void Check_UnsupportedCode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CoordinateRangeCheck.Check(TraVinhLonLat, 3857));
    }
}
