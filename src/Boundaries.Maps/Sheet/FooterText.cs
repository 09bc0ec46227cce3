using Boundaries.Maps.Drawing;

namespace Boundaries.Maps.Sheet;

/// <summary>The lines at the foot of the sheet: data sources with their vintages, how area was measured, the date line.</summary>
internal static class FooterText
{
    /// <summary>The paragraphs, before wrapping.</summary>
    public static IEnumerable<string> Paragraphs(MapRequest request)
    {
        if (request.Sources.Count > 0)
        {
            yield return "Nguồn dữ liệu: " + string.Join("; ", request.Sources.Select(s => s.Trim().TrimEnd('.'))) + ".";
        }

        yield return "Diện tích tự nhiên tính trên ellipsoid WGS 84 từ ranh giới gốc (hoặc theo số liệu chính thức khi có); ranh giới trên bản đồ được đơn giản hóa chỉ để hiển thị, không dùng để tính diện tích.";
        if (request.DateLine is { Length: > 0 } date)
        {
            yield return date;
        }
    }

    /// <summary>The paragraphs wrapped to <paramref name="width"/> points.</summary>
    public static IReadOnlyList<string> Wrapped(MapRequest request, MapFonts fonts, float size, float width) =>
        Paragraphs(request).SelectMany(p => TextDrawer.Wrap(fonts, Labels.LabelTexts.Nfc(p), size, FontFace.Regular, width)).ToList();
}
