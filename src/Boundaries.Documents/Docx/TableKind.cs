namespace Boundaries.Documents.Docx;

/// <summary>How a Markdown table is laid out in Word.</summary>
internal enum TableKind
{
    /// <summary>A data table: borders, bold header row repeated on every page, 12 pt.</summary>
    Data,

    /// <summary>The header block: issuing body left, national motto right, no borders, a short line under the first row.</summary>
    Header,

    /// <summary>The closing block: "Nơi nhận" left, signature right, no borders.</summary>
    Signature,
}
