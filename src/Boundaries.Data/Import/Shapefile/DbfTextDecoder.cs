using System.Text;
using Boundaries.Data.Import.Text;

namespace Boundaries.Data.Import.Shapefile;

/// <summary>Turns the raw bytes of a DBF's text fields into Unicode, detecting TCVN3 and VNI where the file claims a Western code page or nothing.</summary>
/// <remarks>The raw values arrive as Latin-1 strings (one char per byte), so no information is lost before the decision.</remarks>
internal static class DbfTextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, true);
    private static readonly Encoding Latin1 = Encoding.Latin1;

    static DbfTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Chooses how to decode the values and returns the decoder, a description for the report, and issues.</summary>
    public static (Func<string, string> Decode, string Description, IReadOnlyList<DataIssue> Issues) Choose(
        string file, DbfDeclaredEncoding? declared, IReadOnlyList<string> rawTexts)
    {
        var issues = new List<DataIssue>();
        if (declared is { Legacy: true })
        {
            return declared.Name == "TCVN3"
                ? (Tcvn3.FromLatin1, $"TCVN3 ({declared.Origin}), converted to Unicode", issues)
                : (Vni(file, issues), $"VNI ({declared.Origin}), not converted", issues);
        }

        // An encoding named by the user is obeyed as given; only file declarations are second-guessed.
        if (declared is { Encoding: { } chosen, Origin: "option" })
        {
            return (Recode(chosen), $"{chosen.WebName} (option)", issues);
        }

        if (declared is { IsUtf8: true })
        {
            if (rawTexts.All(IsUtf8))
            {
                return (FromUtf8, $"UTF-8 ({declared.Origin})", issues);
            }

            issues.Add(Issue(file, IssueSeverity.Warning, $"the {declared.Origin} says UTF-8 but the text is not valid UTF-8; the encoding was guessed"));
        }
        else if (declared is { Encoding: { } encoding } && !declared.IsWestern)
        {
            return (Recode(encoding), $"{encoding.WebName} ({declared.Origin})", issues);
        }

        var legacy = LegacyVietnameseDetector.Detect(rawTexts);
        var claim = declared is null ? "declares no encoding" : $"declares {declared.Name} ({declared.Origin})";
        var examples = string.Join(", ", LegacyVietnameseDetector.Examples(rawTexts).Select(e => $"'{e}'"));
        switch (legacy)
        {
            case LegacyVietnameseEncoding.Tcvn3:
                issues.Add(Issue(file, IssueSeverity.Warning,
                    $"text is in TCVN3 (ABC), e.g. {examples}, though the file {claim}; converted to Unicode with the TCVN 5712:1993 table"));
                return (Tcvn3.FromLatin1, "TCVN3 (detected), converted to Unicode", issues);
            case LegacyVietnameseEncoding.Vni:
                return (Vni(file, issues, examples, claim), "VNI (detected), not converted", issues);
        }

        if (declared?.Encoding is { } western && declared.IsWestern)
        {
            return (Recode(western), $"{western.WebName} ({declared.Origin})", issues);
        }

        if (rawTexts.All(IsUtf8))
        {
            return (FromUtf8, "UTF-8 (detected)", issues);
        }

        issues.Add(Issue(file, IssueSeverity.Warning,
            "the file declares no encoding (no .cpg, no language driver) and the text is not UTF-8; read as windows-1258 (Vietnamese)"));
        return (Recode(Encoding.GetEncoding(1258)), "windows-1258 (assumed)", issues);
    }

    private static Func<string, string> Vni(string file, List<DataIssue> issues, string? examples = null, string? claim = null)
    {
        var seen = examples is null ? "the option says VNI" : $"text looks VNI-encoded, e.g. {examples}, though the file {claim}";
        issues.Add(Issue(file, IssueSeverity.Warning,
            $"{seen}; VNI is not converted, so names stay garbled: convert the file to Unicode (e.g. with UniKey's converter) and import again"));
        return Recode(Encoding.GetEncoding(1252));
    }

    private static Func<string, string> Recode(Encoding encoding) =>
        raw => encoding.GetString(Latin1.GetBytes(raw)).Normalize(NormalizationForm.FormC);

    // The DBF reader trims the padding of a value as .NET trims white space, which includes U+00A0 and U+0085: read as
    // Latin-1, those are the last byte of a UTF-8 letter ("à" is C3 A0). Put a trimmed byte back when the text needs it.
    private static readonly string[] TrimmedTails = ["", "\u00A0", "\u0085"];

    private static string FromUtf8(string raw)
    {
        foreach (var tail in TrimmedTails)
        {
            if (TryUtf8(raw + tail) is { } text)
            {
                return text.Normalize(NormalizationForm.FormC);
            }
        }

        return Encoding.UTF8.GetString(Latin1.GetBytes(raw)).Normalize(NormalizationForm.FormC);
    }

    private static bool IsUtf8(string raw) => TrimmedTails.Any(tail => TryUtf8(raw + tail) is not null);

    private static string? TryUtf8(string raw)
    {
        try
        {
            return StrictUtf8.GetString(Latin1.GetBytes(raw));
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static DataIssue Issue(string file, IssueSeverity severity, string message) =>
        new(severity, "text-encoding", message) { File = file };
}
