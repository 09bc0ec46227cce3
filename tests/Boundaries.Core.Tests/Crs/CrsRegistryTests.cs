using Boundaries.Core.Crs;

namespace Boundaries.Core.Tests.Crs;

public sealed class CrsRegistryTests
{
    [Fact]
    public void Definitions_EveryRow_MatchesEpsgDatasetFromPyproj()
    {
        var rows = CrsFixtures.EpsgParameters();

        Assert.Equal(rows.Select(r => r.Epsg).Order(), CrsRegistry.Supported.Order());
        foreach (var row in rows)
        {
            var definition = CrsRegistry.DefinitionOf(row.Epsg);
            Assert.Equal(row.Name, definition.Name);
            Assert.Equal(row.Datum == "Vietnam 2000" ? GeodeticDatum.Vn2000 : GeodeticDatum.Wgs84, definition.Datum);
            if (double.IsNaN(row.Lon0))
            {
                Assert.True(definition.IsGeographic, row.Name);
                continue;
            }

            var tm = definition.Projection!;
            Assert.Equal(row.Lat0, tm.LatitudeOfOriginDegrees);
            Assert.Equal(row.Lon0, tm.CentralMeridianDegrees);
            Assert.Equal(row.K0, tm.ScaleFactor);
            Assert.Equal(row.FalseEasting, tm.FalseEastingMeters);
            Assert.Equal(row.FalseNorthing, tm.FalseNorthingMeters);
        }
    }

    [Fact]
    public void Supported_HasTheTwentyTwoCodesOfTheDesign()
    {
        int[] expected = [4326, 4756, 3405, 3406, 5896, 5897, 5898, 5899, .. Enumerable.Range(9205, 14)];

        Assert.Equal(expected.Order(), CrsRegistry.Supported.Order());
        Assert.True(CrsRegistry.IsSupported(9218));
        Assert.False(CrsRegistry.IsSupported(9219));
        Assert.False(CrsRegistry.IsSupported(32648));
    }

    [Fact]
    public void NameOf_ProvincialGrid_ReturnsEpsgName()
    {
        Assert.Equal("VN-2000 / TM-3 105-30", CrsRegistry.NameOf(9209));
        Assert.Equal("VN-2000", CrsRegistry.NameOf(4756));
        Assert.Throws<ArgumentOutOfRangeException>(() => CrsRegistry.NameOf(3857));
    }

    [Fact]
    public void ToWkt_Vn2000Grid_CarriesPositionVectorTowgs84AndAuthority()
    {
        var wkt = CrsRegistry.DefinitionOf(9209).ToWkt();

        // The same TOWGS84 that PROJ writes for EPSG:9209 (projinfo EPSG:9209 --boundcrs-to-wgs84 -o WKT1_GDAL).
        Assert.Contains("TOWGS84[-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278]", wkt);
        Assert.Contains("PARAMETER[\"central_meridian\",105.5]", wkt);
        Assert.EndsWith("AUTHORITY[\"EPSG\",\"9209\"]]", wkt);
    }
}
