using System.IO.Compression;
using System.Text;
using Boundaries.Data.Scenarios;
using Boundaries.Documents;
using Boundaries.Documents.Model;
using Boundaries.Documents.Templates;

namespace Boundaries.Web.Downloads;

/// <summary>The dossier of a scenario (hồ sơ đề án: tờ trình, đề án, impact report, draft resolution, tables, ballot) as one zip, made by src/Boundaries.Documents.</summary>
public static class DossierDownload
{
    /// <summary>The download, rendering each document of <paramref name="templates"/> as DOCX, HTML and Markdown, with the scenario file and its tables.</summary>
    public static Download With(TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(templates);
        return new Download(BuiltInDownloads.Dossier, "Hồ sơ đề án (ZIP)", "application/zip", (context, output, ct) => Write(templates, context, output, ct))
        {
            ForBaseline = false,
        };
    }

    private static async Task Write(TemplateSet templates, DownloadContext context, Stream output, CancellationToken ct)
    {
        // The documents are dated, and measured against the law, as of the evaluation date the planner chose.
        var model = DossierModelBuilder.Build(context.Result, context.Assessment, new DossierOptions(context.AsOf) { Instruments = templates.Instruments });
        model = model with { MapPictures = Maps(context, model.Maps) };
        var documents = DossierRenderer.RenderDossier(model, templates);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in DossierRenderer.Files(documents, OutputFormats.All))
            {
                Add(zip, file.Name, file.Content);
            }

            Add(zip, "phuong-an.json", Encoding.UTF8.GetBytes(ScenarioFile.ToJson(context.Scenario!, schema: null)));
            Add(zip, "bang-thay-doi.csv", Encoding.UTF8.GetBytes(ScenarioCsv.Changes(context.Result)));
            Add(zip, "bang-ma.csv", Encoding.UTF8.GetBytes(ScenarioCsv.CodeTable(context.Result)));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    /// <summary>The maps before and after of the đề án's annex, one panel each, drawn by src/Boundaries.Maps.</summary>
    private static IReadOnlyList<MapPicture> Maps(DownloadContext context, IReadOnlyList<string> titles)
    {
        var sheet = MapDownload.Request(context);
        return sheet.Panels.Count < 2
            ? []
            : sheet.Panels.Select((panel, i) =>
            {
                var title = titles.ElementAtOrDefault(i) ?? sheet.Title;
                using var png = new MemoryStream();
                Boundaries.Maps.MapRenderer.Render(sheet with { Title = title, Subtitle = null, Panels = [panel with { Heading = null }], Dpi = 150 }, Boundaries.Maps.MapFormat.Png, png);
                return new MapPicture(title, png.ToArray(), i == 0 ? "truoc" : "sau");
            }).ToList();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        stream.Write(content);
    }
}
