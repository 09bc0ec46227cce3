namespace Boundaries.Documents;

/// <summary>The files a document is written as.</summary>
[Flags]
public enum OutputFormats
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>NAME.md: the Markdown the template wrote.</summary>
    Markdown = 1,

    /// <summary>NAME.docx: Word, laid out per Nghị định 30/2020/NĐ-CP.</summary>
    Docx = 2,

    /// <summary>NAME.html: one self-contained page.</summary>
    Html = 4,

    /// <summary>All three.</summary>
    All = Markdown | Docx | Html,
}
