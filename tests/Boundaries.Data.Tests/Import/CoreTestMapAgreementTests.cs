using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>The small Trà Vinh map the Core tests build by hand (they cannot reference the importer) must be the importer's map.</summary>
public sealed class CoreTestMapAgreementTests
{
    [Fact]
    public void TraVinhMap_EveryUnit_SameAsTheImporter()
    {
        var imported = TraVinhData.Map;

        var handmade = TraVinhMap.Load();

        Assert.Equal(imported.Units.Select(u => u.Code.Value).Order(), handmade.Units.Select(u => u.Code.Value).Order());
        Assert.All(imported.Units, expected =>
        {
            var actual = handmade[expected.Code];
            Assert.Equal((expected.Name, expected.Type, expected.ParentCode), (actual.Name, actual.Type, actual.ParentCode));
            Assert.Equal((expected.Population?.Value, expected.Population?.Year), (actual.Population?.Value, actual.Population?.Year));
            Assert.Equal(expected.GeometryStatus, actual.GeometryStatus);
            Assert.Equal(expected.GeodesicAreaKm2 ?? 0, actual.GeodesicAreaKm2 ?? 0, 1e-9);
        });
    }

    [Fact]
    public void TraVinhMap_UnassignedPolygon_SameAsTheImporter()
    {
        var expected = Assert.Single(TraVinhData.Map.Unassigned);

        var actual = Assert.Single(TraVinhMap.Load().Unassigned);

        Assert.Equal((expected.Name, expected.ParentCode), (actual.Name, actual.ParentCode));
        Assert.Equal(expected.CoversCodes, actual.CoversCodes);
        Assert.Equal(expected.GeodesicAreaKm2, actual.GeodesicAreaKm2, 1e-9);
    }
}
