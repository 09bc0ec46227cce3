using System.Text;

namespace Boundaries.Data.Import.Shapefile;

/// <summary>The text encoding a shapefile's attributes claim to be in, and where the claim comes from.</summary>
/// <param name="Encoding">The encoding; null when the claim is a legacy Vietnamese encoding handled by name.</param>
/// <param name="Name">The name as written ("UTF-8", "1258", "tcvn3").</param>
/// <param name="Origin">".cpg", ".cst", "DBF language driver 0x58" or "option".</param>
/// <param name="Legacy">True when the claim names TCVN3 or VNI rather than a code page.</param>
internal sealed record DbfDeclaredEncoding(Encoding? Encoding, string Name, string Origin, bool Legacy = false)
{
    /// <summary>True for UTF-8.</summary>
    public bool IsUtf8 => Encoding is UTF8Encoding;

    /// <summary>True for the Western single-byte code pages legacy Vietnamese text usually hides behind (1252, Latin-1, DOS 437/850).</summary>
    public bool IsWestern => Encoding?.CodePage is 1252 or 28591 or 437 or 850;
}
