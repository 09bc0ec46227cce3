using System.Text;
using Boundaries.Data;
using Boundaries.Documents.Consultation;
using Boundaries.Documents.Model;
using Boundaries.Documents.Templates;

namespace Boundaries.Documents;

/// <summary>Renders dossier documents from templates and writes them as Markdown, DOCX and HTML.</summary>
public static class DossierRenderer
{
    /// <summary>Every dossier document (all templates but the consultation report), in name order.</summary>
    /// <exception cref="InputDataException">A template has a mistake; the message names the template, line and column.</exception>
    public static IReadOnlyList<RenderedDocument> RenderDossier(DossierModel model, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(templates);
        var pictures = model.MapPictures.ToDictionary(m => "ban-do:" + m.Key, m => m.Png);
        return templates.Dossier.Select(t => new RenderedDocument(t.Name, TemplateRenderer.Render(t, templates, model)) { Pictures = pictures }).ToList();
    }

    /// <summary>The consultation results report.</summary>
    /// <exception cref="InputDataException">The template is missing or has a mistake.</exception>
    public static RenderedDocument RenderConsultation(ConsultationReportModel model, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(templates);
        var template = templates.Find(TemplateSet.ConsultationReport)
            ?? throw new InputDataException(TemplateSet.ConsultationReport + TemplateSet.Extension, "template not found among the templates");
        return new RenderedDocument(template.Name, TemplateRenderer.Render(template, templates, model));
    }

    /// <summary>Writes each document in each format into <paramref name="folder"/> (created if needed), every file atomically.</summary>
    /// <returns>The files written, in order.</returns>
    public static IReadOnlyList<string> Write(IEnumerable<RenderedDocument> documents, string folder, OutputFormats formats)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);

        // Render everything first: a failure then leaves no file of this run behind.
        var files = new List<(string Path, Action<Stream> Write)>();
        foreach (var document in documents)
        {
            var name = Path.Combine(folder, document.Name);
            if (formats.HasFlag(OutputFormats.Docx))
            {
                var docx = document.ToDocx();
                files.Add((name + ".docx", s => s.Write(docx)));
            }

            if (formats.HasFlag(OutputFormats.Html))
            {
                var html = Encoding.UTF8.GetBytes(document.ToHtml());
                files.Add((name + ".html", s => s.Write(html)));
            }

            if (formats.HasFlag(OutputFormats.Markdown))
            {
                var md = Encoding.UTF8.GetBytes(document.Markdown);
                files.Add((name + ".md", s => s.Write(md)));
            }
        }

        Directory.CreateDirectory(folder);
        foreach (var (path, write) in files)
        {
            AtomicFile.Write(path, write);
        }

        return files.Select(f => f.Path).ToList();
    }
}
