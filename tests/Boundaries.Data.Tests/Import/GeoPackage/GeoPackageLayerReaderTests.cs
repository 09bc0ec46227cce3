using Boundaries.Data.Import.GeoPackage;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import.GeoPackage;

public class GeoPackageLayerReaderTests
{
    private static readonly string File = RepoPaths.Fixture("import", "tp-tra-vinh.gpkg");

    [Fact]
    public void Read_TwoLayersAndNoChoice_ThrowsListingTheLayers()
    {
        var ex = Assert.Throws<InputDataException>(() => GeoPackageLayerReader.Read(File, null));

        Assert.Equal($"{File}: the GeoPackage has 2 feature layers (communes_842, district_842); choose one with the layer option", ex.Message);
    }

    [Fact]
    public void Read_CommuneLayer_GivesTenFeaturesWithGeometryAndEpsg4326()
    {
        var layer = GeoPackageLayerReader.Read(File, "communes_842");

        Assert.Equal(10, layer.Features.Count);
        Assert.Equal("EPSG:4326", layer.DeclaredCrs?.Text);
        Assert.Equal("Phường 1", layer.Features[0].Text("TEN_XA"));
        Assert.All(layer.Features, f => Assert.NotNull(f.Geometry));
    }

    [Fact]
    public void Read_UnknownLayer_ThrowsListingTheLayers()
    {
        var ex = Assert.Throws<InputDataException>(() => GeoPackageLayerReader.Read(File, "communes"));

        Assert.Equal($"{File}: no feature layer 'communes'; layers are communes_842, district_842", ex.Message);
    }
}
