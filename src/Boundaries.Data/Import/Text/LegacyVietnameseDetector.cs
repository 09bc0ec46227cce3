namespace Boundaries.Data.Import.Text;

/// <summary>Recognises names written in TCVN3 or VNI and read as Latin-1 ("Ph\u00ADêng 1", "Ñoàng Thaùp") instead of Unicode.</summary>
/// <remarks>
/// TCVN3 puts Vietnamese letters on 0xA1–0xBF, which Latin-1 uses for symbols (¡ … ¿) that never occur inside
/// a Vietnamese word. VNI writes a base letter followed by a diacritic byte that Latin-1 shows as ø, û, ï,
/// å, ä, ë, ü, ö, ñ, æ, î (and capitals), none of which Vietnamese uses. Text with any character above
/// U+00FF (ư, ơ, ă, đ, ạ…) is already Unicode and is left alone.
/// </remarks>
internal static class LegacyVietnameseDetector
{
    private const string VniMarks = "øûïåäëüöñæîØÛÏÅÄËÜÖÑÆÎ";

    /// <summary>The encoding most of the given texts appear to be in.</summary>
    public static LegacyVietnameseEncoding Detect(IEnumerable<string?> texts)
    {
        var tcvn = 0;
        var vni = 0;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (HasUnicodeVietnamese(text))
            {
                return LegacyVietnameseEncoding.None;
            }

            if (text.Any(c => c is >= '\u00A1' and <= '\u00BF'))
            {
                tcvn++;
            }
            else if (text.Any(c => VniMarks.Contains(c)))
            {
                vni++;
            }
        }

        if (tcvn == 0 && vni == 0)
        {
            return LegacyVietnameseEncoding.None;
        }

        return tcvn >= vni ? LegacyVietnameseEncoding.Tcvn3 : LegacyVietnameseEncoding.Vni;
    }

    /// <summary>A few of the texts that gave the encoding away, for the report.</summary>
    public static IReadOnlyList<string> Examples(IEnumerable<string?> texts, int count = 2) =>
        texts.Where(t => t is not null && t.Any(c => c is >= '\u00A1' and <= '\u00FF'))
            .Select(t => t!)
            .Distinct()
            .Take(count)
            .ToList();

    // Letters of the Latin Extended blocks Vietnamese uses (ă đ ĩ ũ ơ ư and U+1EA0–U+1EF9).
    private static bool HasUnicodeVietnamese(string text) =>
        text.Any(c => c is '\u0102' or '\u0103' or '\u0110' or '\u0111' or '\u0128' or '\u0129' or '\u0168' or '\u0169'
            or '\u01A0' or '\u01A1' or '\u01AF' or '\u01B0' or (>= '\u1EA0' and <= '\u1EF9'));
}
