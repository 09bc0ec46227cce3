using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Boundaries.Cli.Tests.TestSupport;
using static Boundaries.Cli.Tests.Corpus.GeoJsonText;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>
/// A ward named with markup, an ampersand, quotes and a CDATA end, and one whose name is a spreadsheet formula, imported from
/// a GeoJSON and written in every format: the name comes back as the same text from every parser, never as markup; text a
/// spreadsheet would run (the merged ward's seat, given as a formula) is written after an apostrophe.
/// </summary>
public sealed class NameEscapingTests : IDisposable
{
    private const string Hostile = "<b>Ấp</b> & \"Mới\" ]]>";
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"Mới\")";

    private readonly TempFolder _temp = new();
    private readonly string _project;
    private readonly string _scenario;

    public NameEscapingTests()
    {
        var source = _temp.Write("hostile.geojson", Collection(
            Feature("\"ma\":\"84\",\"ten\":\"Tỉnh Trà Vinh\"", Square(106.33, 9.93, 0.02)),
            Feature("\"ma\":\"842\",\"ten\":\"Thành phố Trà Vinh\",\"ma_tinh\":\"84\"", Square(106.33, 9.93, 0.02)),
            Feature($"\"ma\":\"29242\",\"ten\":{JsonSerializer.Serialize("Phường " + Hostile)},\"ma_huyen\":\"842\"", Square(106.33, 9.93)),
            Feature($"\"ma\":\"29245\",\"ten\":{JsonSerializer.Serialize(Formula)},\"loai\":\"Phường\",\"ma_huyen\":\"842\"", Square(106.34, 9.93))));
        _scenario = _temp.Write("merge.json", $$$"""
            {"format":"boundaries-scenario/1","baseline":{"dataset":"hostile","units_as_of":"2023-04-10"},
             "title":{{{JsonSerializer.Serialize("Nhập " + Hostile)}}},"date":"2024-11-14","effective_date":"2025-01-01",
             "operations":[{"op":"merge","units":["29242","29245"],"into":{"code":"29242","name":{{{JsonSerializer.Serialize(Hostile)}}},"type":"phuong","seat":{{{JsonSerializer.Serialize(Formula)}}}}}]}
            """);
        _project = _temp.File("hostile.gpkg");
        Run("import", source, "--out", _project);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void MapSvg_HostileName_ParsesAsXmlAndShowsTheNameAsText()
    {
        Run("map", _project, "--out", _temp.File("map.svg"));

        var texts = XDocument.Load(_temp.File("map.svg")).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains(texts, t => t.Contains(Hostile, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(Formula, StringComparison.Ordinal));
    }

    [Fact]
    public void ExportKml_HostileName_ParsesAsXmlWithTheNameAsPlacemarkText()
    {
        Run("export", _project, "--out", _temp.File("layer.kml"));

        var kml = XDocument.Load(_temp.File("layer.kml"));
        var names = kml.Descendants().Where(e => e.Name.LocalName == "Placemark").Select(p => p.Elements().First(e => e.Name.LocalName == "name").Value);
        Assert.Contains("Phường " + Hostile, names);
    }

    [Fact]
    public void ExportGeoJson_HostileName_ParsesWithTheSameName()
    {
        Run("export", _project, "--out", _temp.File("layer.geojson"));

        using var json = JsonDocument.Parse(File.ReadAllBytes(_temp.File("layer.geojson")));
        var names = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString());
        Assert.Contains("Phường " + Hostile, names);
    }

    [Fact]
    public void ExportCsvAndScenarioTables_HostileName_QuotedAndNoCellAFormula()
    {
        Run("export", _project, "--out", _temp.File("layer.csv"));
        Run("scenario", "apply", _project, _scenario, "--out", _temp.File("applied"));

        var layer = File.ReadAllText(_temp.File("layer.csv"));
        Assert.Contains("\"Phường <b>Ấp</b> & \"\"Mới\"\" ]]>\"", layer);
        var changes = File.ReadAllText(Path.Combine(_temp.File("applied"), "changes.csv"));
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Mới\"\")\"", changes);
        foreach (var csv in new[] { layer, changes, File.ReadAllText(Path.Combine(_temp.File("applied"), "codes.csv")) })
        {
            // A cell begins a line or follows a comma, perhaps after its opening quote (a comma inside quotes only makes this stricter).
            Assert.DoesNotMatch(new Regex("(^|,)\"?[=+@]", RegexOptions.Multiline), csv);
        }
    }

    [Fact]
    public void DossierHtmlAndDocx_HostileName_EscapedInHtmlAndEveryDocxPartParses()
    {
        Run("dossier", _project, _scenario, "--out", _temp.File("ho-so"), "--as-of", "2024-11-14", "--format", "html,docx");

        var html = File.ReadAllText(Path.Combine(_temp.File("ho-so"), "de-an.html"));
        Assert.DoesNotContain("<b>Ấp", html);
        Assert.Contains("&lt;b&gt;Ấp&lt;/b&gt; &amp; &quot;Mới&quot; ]]&gt;", html);
        using var docx = ZipFile.OpenRead(Path.Combine(_temp.File("ho-so"), "de-an.docx"));
        foreach (var part in docx.Entries.Where(e => e.Name.EndsWith(".xml", StringComparison.Ordinal) || e.Name.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var stream = part.Open();
            var xml = XDocument.Load(stream);
            if (part.FullName == "word/document.xml")
            {
                var text = string.Concat(xml.Descendants().Where(e => e.Name.LocalName == "t").Select(e => e.Value));
                Assert.Contains(Hostile, text);
            }
        }
    }

    private void Run(params string[] args)
    {
        var result = BoundariesCommand.Run(_temp.Path, args);
        Assert.True(result.ExitCode == 0, $"boundaries {string.Join(' ', args)}: exit {result.ExitCode}: {result.Stderr}");
    }
}
