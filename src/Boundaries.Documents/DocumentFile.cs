namespace Boundaries.Documents;

/// <summary>One file of a rendered document, ready to be written or zipped.</summary>
/// <param name="Name">The file name with its extension ("01-to-trinh.docx").</param>
/// <param name="Content">The bytes of the file.</param>
public sealed record DocumentFile(string Name, byte[] Content);
