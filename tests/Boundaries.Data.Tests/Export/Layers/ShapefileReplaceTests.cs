using System.Security.Cryptography;
using Boundaries.Data.Export.Layers;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Export.Layers;

/// <summary>A Shapefile exported over an older one: all new parts, or, when a part cannot be replaced, all the old ones back.</summary>
public sealed class ShapefileReplaceTests
{
    private static readonly string[] Parts = [".shp", ".shx", ".dbf", ".prj"];

    [Fact]
    public void Write_LastPartCannotBeReplaced_OldPartsPutBackByteForByte()
    {
        using var folder = new TempFolder();
        var shp = folder.File("communes.shp");
        LayerExporter.Write(TraVinhLayers.Communes, LayerFormat.Shapefile, shp);
        File.Delete(folder.File("communes.cpg"));
        Directory.CreateDirectory(folder.File("communes.cpg"));
        var before = Parts.ToDictionary(e => e, e => Hash(Path.ChangeExtension(shp, e)));
        var fewer = TraVinhLayers.Communes with { Rows = [.. TraVinhLayers.Communes.Rows.Take(10)] };

        Assert.ThrowsAny<IOException>(() => LayerExporter.Write(fewer, LayerFormat.Shapefile, shp));

        Assert.Equal(before, Parts.ToDictionary(e => e, e => Hash(Path.ChangeExtension(shp, e))));
        Assert.Equal(["communes.cpg", "communes.dbf", "communes.prj", "communes.shp", "communes.shx"], folder.Entries());
    }

    [Fact]
    public void Write_OverOldShapefileWithSpatialIndex_NewPartsAndNoStaleIndex()
    {
        using var folder = new TempFolder();
        var shp = folder.File("communes.shp");
        LayerExporter.Write(TraVinhLayers.Communes, LayerFormat.Shapefile, shp);
        File.WriteAllText(folder.File("communes.qix"), "index of the old shapes");
        var fewer = TraVinhLayers.Communes with { Rows = [.. TraVinhLayers.Communes.Rows.Take(10)] };

        LayerExporter.Write(fewer, LayerFormat.Shapefile, shp);

        Assert.Equal(["communes.cpg", "communes.dbf", "communes.prj", "communes.shp", "communes.shx"], folder.Entries());
        Assert.Equal(100 + (10 * 8), new FileInfo(folder.File("communes.shx")).Length);
    }

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
