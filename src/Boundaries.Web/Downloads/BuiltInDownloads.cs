using System.Text;
using Boundaries.Data.Export;
using Boundaries.Data.Projects;
using Boundaries.Data.Scenarios;
using Boundaries.Data.Store;

namespace Boundaries.Web.Downloads;

/// <summary>The downloads this project makes itself (layers and tables), and placeholders for the dossier and the maps.</summary>
public static class BuiltInDownloads
{
    /// <summary>The dossier (hồ sơ đề án) as a zip: made by <see cref="DossierDownload"/> when the planner has templates.</summary>
    public const string Dossier = "dossier.zip";

    /// <summary>The map as PNG: made by <see cref="MapDownload"/>.</summary>
    public const string MapPng = "map.png";

    /// <summary>The map as PDF: made by <see cref="MapDownload"/>.</summary>
    public const string MapPdf = "map.pdf";

    /// <summary>Every built-in download, in the order the page lists them.</summary>
    public static IReadOnlyList<Download> All { get; } =
    [
        new("units.geojson", "Lớp đơn vị (GeoJSON)", "application/geo+json", (c, s, ct) => Buffered(s, ct, b => AssessmentGeoJsonWriter.Write(b, WithPolygons(c)))),
        new("units.csv", "Bảng đánh giá (CSV)", "text/csv; charset=utf-8", (c, s, ct) => Text(s, ct, w => AssessmentCsvWriter.Write(w, c.Evaluation.Assessments))),
        new("layers.gpkg", "Lớp bản đồ (GeoPackage)", "application/geopackage+sqlite3", GeoPackage),
        new("scenario.json", "Tệp phương án (JSON)", "application/json", (c, s, ct) => Text(s, ct, w => w.Write(ScenarioFile.ToJson(c.Scenario!, schema: null)))) { ForBaseline = false },
        new("changes.csv", "Bảng thay đổi (CSV)", "text/csv; charset=utf-8", (c, s, ct) => Text(s, ct, w => ScenarioCsv.WriteChanges(w, c.Result))) { ForBaseline = false },
        new("codes.csv", "Bảng mã cũ → mới (CSV)", "text/csv; charset=utf-8", (c, s, ct) => Text(s, ct, w => ScenarioCsv.WriteCodeTable(w, c.Result))) { ForBaseline = false },
        new(Dossier, "Hồ sơ đề án (ZIP)", "application/zip", null) { ForBaseline = false },
        new(MapPng, "Bản đồ (PNG)", "image/png", null),
        new(MapPdf, "Bản đồ (PDF)", "application/pdf", null),
    ];

    /// <summary>Assessments with the map's polygons: the evaluation drops district polygons (it sums communes), the layer keeps them.</summary>
    private static IEnumerable<Assessment> WithPolygons(DownloadContext context) =>
        context.Evaluation.Assessments.Select(a => context.Result.Map.Find(a.Code) is { } unit ? a with { Unit = unit } : a);

    private static async Task GeoPackage(DownloadContext context, Stream output, CancellationToken ct)
    {
        var folder = Path.Combine(Path.GetTempPath(), "boundaries-web", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var file = Path.Combine(folder, "layers.gpkg");
            var title = context.Scenario is null ? context.DatasetName : $"{context.DatasetName} — {context.Scenario.Title}";
            var metadata = new ProjectMetadata(title, DateTimeOffset.Now, ProjectBuilder.ToolVersion) { Sources = context.Provenance };
            await new GeoPackageProjectStore(file).SaveAsync(new BoundaryProject(context.Result.Map, metadata, []), ct);
            await using var input = File.OpenRead(file);
            await input.CopyToAsync(output, ct);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs a synchronous writer into memory, then copies asynchronously (the server allows no synchronous writes to a response).</summary>
    private static async Task Buffered(Stream output, CancellationToken ct, Action<Stream> write)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    private static Task Text(Stream output, CancellationToken ct, Action<TextWriter> write) =>
        Buffered(output, ct, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            write(writer);
        });
}
