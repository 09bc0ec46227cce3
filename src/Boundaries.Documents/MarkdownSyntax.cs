using Markdig;

namespace Boundaries.Documents;

/// <summary>The Markdown the templates write: CommonMark with pipe tables and <c>:::</c> containers (header, title, center, signature).</summary>
internal static class MarkdownSyntax
{
    /// <summary>The one pipeline both the DOCX and the HTML renderer parse with, so both read the same document.</summary>
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseCustomContainers()
        .Build();
}
