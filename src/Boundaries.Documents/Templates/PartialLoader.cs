using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Boundaries.Documents.Templates;

/// <summary>Finds the partials a template includes, in the planner's folder first, then the bundled one.</summary>
internal sealed class PartialLoader(TemplateSet templates, string includingFile) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        templates.FindPartial(templateName) ?? throw new InputDataException(
            callerSpan.FileName ?? includingFile,
            $"{TemplateRenderer.Position(callerSpan)}: no partial '{templateName}' (a file {templateName}{TemplateSet.Extension} beside the templates)");

    // A partial's final line break is dropped, so that it can be included inside a sentence.
    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => File.ReadAllText(templatePath).TrimEnd('\n', '\r');

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new(Load(context, callerSpan, templatePath));
}
