using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Boundaries.Documents.Templates;

/// <summary>Renders a template with a model to Markdown; a mistake in a template becomes one line naming the file, line and column.</summary>
internal static class TemplateRenderer
{
    /// <summary>The Markdown of <paramref name="template"/> with <paramref name="model"/> as <c>model</c> and the <c>vn</c> formats.</summary>
    /// <exception cref="InputDataException">The template does not parse, or fails while rendering (unknown member, bad include).</exception>
    public static string Render(DocumentTemplate template, TemplateSet templates, object model)
    {
        var text = File.ReadAllText(template.Path, Encoding.UTF8);
        var parsed = Template.Parse(text, template.Path);
        if (parsed.HasErrors)
        {
            var error = parsed.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new InputDataException(error.Span.FileName ?? template.Path, $"{Position(error.Span)}: {error.Message}");
        }

        var globals = new ScriptObject { ["model"] = model, ["vn"] = TemplateFunctions.Create() };
        var context = new MarkdownContext
        {
            // A misspelt variable or member in the planner's edit is an error with its position, never an empty figure.
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            TemplateLoader = new PartialLoader(templates, template.Path),
            NewLine = "\n",
        };
        context.PushGlobal(globals);
        try
        {
            return Tidy(parsed.Render(context));
        }
        catch (ScriptRuntimeException e)
        {
            throw new InputDataException(e.Span.FileName ?? template.Path, $"{Position(e.Span)}: {e.OriginalMessage}", e);
        }
    }

    /// <summary>"line 12, column 5" (1-based) of a span's start.</summary>
    public static string Position(SourceSpan span) => $"line {span.Start.Line + 1}, column {span.Start.Column + 1}";

    /// <summary>Trailing spaces removed and runs of blank lines made one, so templates may be laid out for reading.</summary>
    private static string Tidy(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        var sb = new StringBuilder();
        var blank = true;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                if (!blank)
                {
                    sb.Append('\n');
                }

                blank = true;
                continue;
            }

            sb.Append(line).Append('\n');
            blank = false;
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }
}
