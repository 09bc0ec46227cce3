using Boundaries.Maps.Drawing;
using Boundaries.Maps.Labels;

namespace Boundaries.Maps.Sheet;

/// <summary>The title (shrunk to one line) and the subtitle (wrapped, at most four lines) and the height they take.</summary>
/// <param name="Title">The title in NFC.</param>
/// <param name="TitleSize">Its font size in points.</param>
/// <param name="Subtitle">The subtitle's lines.</param>
/// <param name="SubtitleSize">Their font size in points.</param>
internal sealed record TitleText(string Title, float TitleSize, IReadOnlyList<string> Subtitle, float SubtitleSize)
{
    /// <summary>The height of the title band in points, with a gap under it.</summary>
    public float Height => (TitleSize * 1.25f) + (Subtitle.Count * SubtitleSize * 1.3f) + (SubtitleSize * 1.2f);

    /// <summary>The title and subtitle laid out for a band <paramref name="width"/> points wide.</summary>
    public static TitleText For(MapRequest request, MapFonts fonts, float width, float typeScale)
    {
        var title = LabelTexts.Nfc(request.Title);
        var size = 15f * typeScale;
        while (size > 9 && fonts.Width(title, size, FontFace.Bold) > width)
        {
            size -= 0.5f;
        }

        var subtitleSize = 8.5f * typeScale;
        var lines = request.Subtitle is { Length: > 0 } s ? TextDrawer.Wrap(fonts, LabelTexts.Nfc(s), subtitleSize, FontFace.Regular, width) : [];
        return new TitleText(title, size, lines.Take(4).ToList(), subtitleSize);
    }
}
