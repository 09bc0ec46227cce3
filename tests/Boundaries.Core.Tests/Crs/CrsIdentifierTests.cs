using Boundaries.Core.Crs;

namespace Boundaries.Core.Tests.Crs;

public sealed class CrsIdentifierTests
{
    public static TheoryData<int, string> PyprojWktForms()
    {
        var data = new TheoryData<int, string>();
        foreach (var form in CrsFixtures.WktForms())
        {
            data.Add(form.Epsg, form.Form);
        }

        return data;
    }

    [Theory]
    [InlineData("EPSG:9209", 9209)]
    [InlineData("epsg:4326", 4326)]
    [InlineData("EPSG::3405", 3405)]
    [InlineData("  EPSG:9210\n", 9210)]
    [InlineData("urn:ogc:def:crs:EPSG::4326", 4326)]
    [InlineData("urn:ogc:def:crs:EPSG:6.6:4756", 4756)]
    [InlineData("http://www.opengis.net/def/crs/EPSG/0/9211", 9211)]
    [InlineData("urn:ogc:def:crs:OGC:1.3:CRS84", 4326)]
    [InlineData("urn:ogc:def:crs:OGC::CRS84", 4326)]
    [InlineData("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326)]
    [InlineData("CRS84", 4326)]
    [InlineData("OGC:CRS84", 4326)]
    [InlineData("5899", 5899)]
    [InlineData("VN-2000 / TM-3 105-30", 9209)]
    [InlineData("vn-2000 / utm zone 49n", 3406)]
    public void Identify_CodeUrnOrName_ReturnsEpsg(string text, int expected)
    {
        var result = CrsIdentifier.Identify(text);

        Assert.Null(result.Problem);
        Assert.Equal(expected, result.Epsg);
    }

    [Theory]
    [MemberData(nameof(PyprojWktForms))]
    public void Identify_PyprojWktInEveryForm_ReturnsItsEpsg(int epsg, string form)
    {
        var wkt = CrsFixtures.WktForms().Single(f => f.Epsg == epsg && f.Form == form).Wkt;

        var result = CrsIdentifier.Identify(wkt);

        Assert.True(result.Epsg == epsg, $"EPSG:{epsg} {form}: {result.Problem}");
    }

    [Fact]
    public void Identify_EsriPrjWrittenByOgr2ogr_Returns9209()
    {
        // ESRI WKT1: datum "D_Vietnam_2000", no AUTHORITY, no TOWGS84; matched by datum and TM parameters.
        var prj = CrsFixtures.Text(CrsFixtures.DistrictStem + ".prj");

        var result = CrsIdentifier.Identify(prj);

        Assert.DoesNotContain("AUTHORITY", prj);
        Assert.Equal(9209, result.Epsg);
    }

    [Theory]
    [MemberData(nameof(SupportedCodes))]
    public void Identify_OwnWkt_RoundTripsToSameEpsg(int epsg)
    {
        Assert.Equal(epsg, CrsIdentifier.Identify(CrsRegistry.DefinitionOf(epsg).ToWkt()).Epsg);
    }

    public static TheoryData<int> SupportedCodes() => new(CrsRegistry.Supported);

    [Theory]
    [InlineData("PROJCS[\"VN_2000_TM3_105_30\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_VN_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",105.75],PARAMETER[\"Scale_Factor\",0.9999],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]", 9210)]
    [InlineData("GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]", 4756)]
    [InlineData("+proj=tmerc +lat_0=0 +lon_0=106 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441,-39.30318,-111.45032,0.00928836,-0.01975479,0.00427372,0.252906278 +units=m +no_defs", 9211)]
    [InlineData("+proj=utm +zone=48 +ellps=WGS84 +towgs84=-192.873,-39.382,-111.202,-0.00205,-0.0005,0.00335,0.0188 +units=m", 3405)]
    [InlineData("+proj=longlat +datum=WGS84 +no_defs", 4326)]
    [InlineData("+init=epsg:9213", 9213)]
    public void Identify_HandWrittenForms_MatchedByParameters(string text, int expected)
    {
        var result = CrsIdentifier.Identify(text);

        Assert.True(result.Epsg == expected, result.Problem);
    }

    [Theory]
    [InlineData("", "the CRS declaration is empty")]
    [InlineData("EPSG:32648", "EPSG:32648 is not a supported CRS")]
    [InlineData("EPSG:abc", "'EPSG:abc' is not a valid EPSG code")]
    [InlineData("WGS 84 / UTM zone 48N", "is not a CRS declaration")]
    [InlineData("PROJCS[\"unfinished\",GEOGCS[", "the WKT is not well-formed")]
    [InlineData("PROJCS[\"WGS 84 / UTM zone 48N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"central_meridian\",105],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"32648\"]]", "is EPSG:32648, which is not supported")]
    [InlineData("PROJCS[\"Vietnam_LCC\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic\"],PARAMETER[\"Central_Meridian\",106.0],PARAMETER[\"Standard_Parallel_1\",11.0],PARAMETER[\"Standard_Parallel_2\",21.0],UNIT[\"Meter\",1.0]]", "projection Lambert_Conformal_Conic is not a supported VN-2000 or WGS 84 CRS")]
    [InlineData("PROJCS[\"TM3_WGS84\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"Central_Meridian\",105.5],PARAMETER[\"Scale_Factor\",0.9999],UNIT[\"Meter\",1.0]]", "if the data is VN-2000, EPSG:9209 (VN-2000 / TM-3 105-30) has these parameters")]
    [InlineData("PROJCS[\"VN2000_TM3_105_15\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"Central_Meridian\",105.25],PARAMETER[\"Scale_Factor\",0.9999],UNIT[\"Meter\",1.0]]", "central meridian 105.25°, scale 0.9999, false easting 500,000 m, false northing 0 m on VN-2000 matches no EPSG VN-2000 grid")]
    [InlineData("PROJCS[\"unknown\",GEOGCS[\"unknown\",DATUM[\"Unknown_based_on_WGS84_ellipsoid\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"central_meridian\",105.5],PARAMETER[\"scale_factor\",0.9999],PARAMETER[\"false_easting\",500000],UNIT[\"metre\",1]]", "datum 'Unknown_based_on_WGS84_ellipsoid' is neither VN-2000 nor WGS 84 by name and gives no TOWGS84 to tell")]
    [InlineData("GEOGCS[\"Hanoi 1972\",DATUM[\"Hanoi_1972\",SPHEROID[\"Krassowsky 1940\",6378245,298.3]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]]", "datum 'Hanoi_1972' on ellipsoid 'Krassowsky 1940' (a = 6378245 m, 1/f = 298.3) is neither VN-2000 nor WGS 84")]
    [InlineData("PROJCS[\"VN-2000 / TM-3 105-30\",GEOGCS[\"VN-2000\",DATUM[\"Vietnam_2000\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"central_meridian\",105.75],PARAMETER[\"scale_factor\",0.9999],PARAMETER[\"false_easting\",500000],UNIT[\"metre\",1],AUTHORITY[\"EPSG\",\"9209\"]]", "declares EPSG:9209 (VN-2000 / TM-3 105-30) but its parameters are those of EPSG:9210 (VN-2000 / TM-3 105-45)")]
    [InlineData("PROJCS[\"VN2000_ft\",GEOGCS[\"GCS_VN_2000\",DATUM[\"D_Vietnam_2000\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"Central_Meridian\",105.5],PARAMETER[\"Scale_Factor\",0.9999],UNIT[\"Foot_US\",0.3048006096012192]]", "is in Foot_US (0.3048006096012192 m), not metres")]
    [InlineData("GEOCCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],UNIT[\"metre\",1]]", "is a geocentric CRS")]
    [InlineData("+proj=tmerc +lon_0=105.5 +k=0.9999 +x_0=500000 +ellps=WGS84 +units=m", "datum 'unknown' is neither VN-2000 nor WGS 84")]
    public void Identify_UnknownOrUnsupported_FailsWithReasonNamingWhatWasFound(string text, string expectedReason)
    {
        var result = CrsIdentifier.Identify(text);

        Assert.Null(result.Epsg);
        Assert.NotNull(result.Problem);
        Assert.True(result.Problem.Contains(expectedReason, StringComparison.Ordinal), result.Problem);
        Assert.DoesNotContain('\n', result.Problem);
    }
}
