namespace Boundaries.Documents.Templates;

/// <summary>One document template: a Scriban file that writes Markdown.</summary>
/// <param name="Name">The document's name, which is also the name of the files it writes ("de-an" → de-an.docx).</param>
/// <param name="Path">The template file, as found (the planner's folder or the bundled one).</param>
public sealed record DocumentTemplate(string Name, string Path);
