using System.Text;
using Boundaries.Documents.Consultation;
using Boundaries.Documents.Model;
using Boundaries.Documents.Templates;

namespace Boundaries.Documents;

/// <summary>Renders dossier documents from templates, and each as the Markdown, DOCX and HTML files it is written as.</summary>
public static class DossierRenderer
{
    /// <summary>Every dossier document (all templates but the consultation report; the scenario's history only when it has one), in name order.</summary>
    /// <exception cref="InputDataException">A template has a mistake; the message names the template, line and column.</exception>
    public static IReadOnlyList<RenderedDocument> RenderDossier(DossierModel model, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(templates);
        var pictures = model.MapPictures.ToDictionary(m => "ban-do:" + m.Key, m => m.Png);
        return templates.Dossier.Where(t => t.Name != TemplateSet.ScenarioHistory || model.History is not null).Select(t => new RenderedDocument(t.Name, TemplateRenderer.Render(t, templates, model)) { Pictures = pictures }).ToList();
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

    /// <summary>Each document in each format as the file it is written as (NAME.docx, NAME.html, NAME.md), in order.</summary>
    /// <remarks>Everything is rendered here, before any file is written: a failure then leaves no file of a run behind.</remarks>
    public static IReadOnlyList<DocumentFile> Files(IEnumerable<RenderedDocument> documents, OutputFormats formats)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var files = new List<DocumentFile>();
        foreach (var document in documents)
        {
            if (formats.HasFlag(OutputFormats.Docx))
            {
                files.Add(new DocumentFile(document.Name + ".docx", document.ToDocx()));
            }

            if (formats.HasFlag(OutputFormats.Html))
            {
                files.Add(new DocumentFile(document.Name + ".html", Encoding.UTF8.GetBytes(document.ToHtml())));
            }

            if (formats.HasFlag(OutputFormats.Markdown))
            {
                files.Add(new DocumentFile(document.Name + ".md", Encoding.UTF8.GetBytes(document.Markdown)));
            }
        }

        return files;
    }
}
