using System.Globalization;
using System.Text;
using Boundaries.Core.Formatting;
using Boundaries.Core.Units;
using Boundaries.Maps.Drawing;

namespace Boundaries.Maps.Labels;

/// <summary>The wordings a label may take, most preferred first: full name on one line, type over name, abbreviated type; each at decreasing sizes.</summary>
internal static class LabelTexts
{
    private static CultureInfo Vi => VietnameseFormat.Culture;

    /// <summary>The sizes tried, as fractions of the base size.</summary>
    public static readonly float[] SizeSteps = [1f, 0.86f, 0.74f];

    /// <summary>The smallest label size, in points, still legible on a print.</summary>
    public const float MinimumSize = 4.6f;

    /// <summary>The forms of a commune's label at one size.</summary>
    public static IEnumerable<IReadOnlyList<LabelLine>> Commune(AdminUnit unit, double? areaKm2, LabelContent content, float size)
    {
        var full = Nfc(unit.FullName);
        var type = unit.Type.VietnameseName();
        var rest = full.StartsWith(type + " ", StringComparison.Ordinal) ? full[(type.Length + 1)..] : null;
        var figures = content == LabelContent.NameAndFigures ? Figures(unit, areaKm2) : [];
        var small = Math.Max(MinimumSize, size * 0.82f);

        var names = new List<IReadOnlyList<LabelLine>> { new[] { new LabelLine(full, size, FontFace.Regular) } };
        if (rest is not null)
        {
            names.Add([new LabelLine(type, size, FontFace.Regular), new LabelLine(rest, size, FontFace.Regular)]);
            names.Add([new LabelLine(Nfc($"{Abbreviation(unit.Type)} {rest}"), size, FontFace.Regular)]);
        }

        foreach (var name in names)
        {
            if (figures.Count == 0)
            {
                yield return name;
                continue;
            }

            yield return [.. name, new LabelLine(string.Join(" · ", figures), small, FontFace.Regular)];
            yield return [.. name, .. figures.Select(f => new LabelLine(f, small, FontFace.Regular))];
        }
    }

    /// <summary>The forms of a district's label: its full name in capitals on one line, or the type over the name.</summary>
    public static IEnumerable<IReadOnlyList<LabelLine>> District(AdminUnit unit, float size)
    {
        var full = Nfc(unit.FullName).ToUpper(Vi);
        var type = unit.Type.VietnameseName().ToUpper(Vi);
        yield return [new LabelLine(full, size, FontFace.Bold)];
        if (full.StartsWith(type + " ", StringComparison.Ordinal))
        {
            yield return [new LabelLine(type, size * 0.8f, FontFace.Bold), new LabelLine(full[(type.Length + 1)..], size, FontFace.Bold)];
        }
    }

    /// <summary>Text in Unicode NFC: decomposed tone marks would be drawn as separate, misplaced glyphs.</summary>
    public static string Nfc(string text) => text.Normalize(NormalizationForm.FormC);

    private static List<string> Figures(AdminUnit unit, double? areaKm2)
    {
        var lines = new List<string>();
        if (areaKm2 is { } km2)
        {
            lines.Add($"{km2.ToString("N2", Vi)} km²");
        }

        if (unit.Population is { } p)
        {
            lines.Add($"{p.Value.ToString("N0", Vi)} người");
        }

        return lines;
    }

    // The abbreviations of Vietnamese administrative maps.
    private static string Abbreviation(UnitType type) => type switch
    {
        UnitType.Phuong => "P.",
        UnitType.ThiTran => "TT.",
        UnitType.DacKhu => "ĐK.",
        _ => "X.",
    };
}
