using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>A layer whose features lack the code field dataset.json names is refused in one line, not read as polygons without codes.</summary>
public sealed class MissingCodeFieldTests
{
    [Fact]
    public void Build_VinhLong2025WithTheCodeFieldRenamed_NamesTheFileTheFieldAndTheFieldsThereAre()
    {
        using var temp = new TempFolder();
        foreach (var file in Directory.GetFiles(RepoPaths.VinhLong2025))
        {
            File.Copy(file, temp.File(Path.GetFileName(file)));
        }

        var layer = temp.File("wards_sapnhap_2025.geojson.gz");
        var text = CompressedText(layer).Replace("\"code\":", "\"ma\":", StringComparison.Ordinal);
        using (var gzip = new System.IO.Compression.GZipStream(File.Create(layer), System.IO.Compression.CompressionLevel.Fastest))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        var error = Assert.Throws<InputDataException>(() => ProjectBuilder.Build(temp.Path, ImportOptions.Default, TraVinhData.Catalogue));

        Assert.EndsWith("wards_sapnhap_2025.geojson.gz", error.File);
        Assert.StartsWith("no feature has the field 'code' that dataset.json names as the code; its fields are ma, name, type", error.Problem);
    }

    private static string CompressedText(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return reader.ReadToEnd();
    }
}
