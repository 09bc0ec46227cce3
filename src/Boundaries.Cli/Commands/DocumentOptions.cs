using Boundaries.Documents;
using Boundaries.Documents.Templates;

namespace Boundaries.Cli.Commands;

/// <summary>Options shared by the commands that write documents: templates folder and formats.</summary>
internal static class DocumentOptions
{
    /// <summary>The templates shipped beside the program (templates/ of the repository, copied at build time).</summary>
    public static string BundledTemplates => Path.Combine(AppContext.BaseDirectory, "templates");

    public static Option<string?> Templates() => new("--templates")
    {
        Description = "A folder of edited templates (NAME.scriban); each replaces the bundled template of the same name",
    };

    public static Option<string?> Formats() => new("--format")
    {
        Description = "Comma-separated formats to write: docx, html, md (default: all three)",
    };

    /// <summary>The bundled templates, overridden by the planner's folder when given.</summary>
    public static TemplateSet LoadTemplates(string? plannerFolder) => TemplateSet.Load(BundledTemplates, plannerFolder);

    /// <summary>Parses "docx,html,md".</summary>
    public static OutputFormats ParseFormats(string? text)
    {
        if (text is null)
        {
            return OutputFormats.All;
        }

        var formats = OutputFormats.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "docx" => OutputFormats.Docx,
                "html" => OutputFormats.Html,
                "md" or "markdown" => OutputFormats.Markdown,
                _ => throw new UsageException($"--format {text}: unknown format '{part}' (use docx, html, md)"),
            };
        }

        return formats == OutputFormats.None ? throw new UsageException("--format: give at least one of docx, html, md") : formats;
    }
}
