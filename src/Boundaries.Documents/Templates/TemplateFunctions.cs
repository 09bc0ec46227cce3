using System.Collections;
using Boundaries.Core.Formatting;
using Scriban.Runtime;

namespace Boundaries.Documents.Templates;

/// <summary>The <c>vn</c> object of the templates: Vietnamese number, percentage and date formats.</summary>
/// <remarks>Usage: <c>{{ vn.area u.area_km2 }}</c> → 1,47; <c>{{ vn.people u.population }}</c> → 18.644; <c>{{ vn.percent u.area_percent }}</c> → 26,73 %.</remarks>
internal static class TemplateFunctions
{
    public static ScriptObject Create()
    {
        var vn = new ScriptObject();
        vn.Import("area", new Func<object?, string>(v => VietnameseFormat.Km2(Double(v))));
        vn.Import("people", new Func<object?, string>(v => VietnameseFormat.People(Double(v) is { } d ? (long)Math.Round(d) : null)));
        vn.Import("percent", new Func<object?, string>(v => VietnameseFormat.Percent(Double(v))));
        vn.Import("number", new Func<object?, int, string>((v, decimals) => Double(v) is { } d ? VietnameseFormat.Number(d, decimals) : VietnameseFormat.Unknown));
        vn.Import("count", new Func<object?, string>(v => Double(v) is { } d ? (d == 0 ? "không" : VietnameseFormat.TwoDigits((long)d)) : VietnameseFormat.Unknown));
        vn.Import("letter", new Func<object?, string>(v => Double(v) is { } d ? VietnameseLetters.At((int)d) : VietnameseFormat.Unknown));
        vn.Import("two_digits", new Func<object?, string>(v => Double(v) is { } d ? VietnameseFormat.TwoDigits((long)d) : VietnameseFormat.Unknown));
        vn.Import("date", new Func<object?, string>(v => v switch
        {
            DateOnly d => VietnameseFormat.Date(d),
            DateTime t => VietnameseFormat.Date(DateOnly.FromDateTime(t)),
            _ => VietnameseFormat.Unknown,
        }));
        vn.Import("join", new Func<IEnumerable?, string>(items => VietnameseFormat.JoinAnd(items?.Cast<object?>().Select(o => o?.ToString() ?? "").ToList() ?? [])));
        vn.Import("upper", new Func<string?, string>(s => s?.ToUpperInvariant() ?? ""));
        return vn;
    }

    private static double? Double(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        _ => throw new ArgumentException($"'{value}' is not a number"),
    };
}
