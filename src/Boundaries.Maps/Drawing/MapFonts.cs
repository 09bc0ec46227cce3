using SkiaSharp;

namespace Boundaries.Maps.Drawing;

/// <summary>The typefaces of a map (DejaVu Sans regular, bold and oblique, which cover every Vietnamese letter), loaded from files.</summary>
/// <remarks>
/// Loaded by path, not by family: the Skia build without dependencies has no fontconfig, so a family name would
/// silently fall back to a font without Vietnamese glyphs. Debian's fonts-dejavu-core puts them in
/// /usr/share/fonts/truetype/dejavu.
/// </remarks>
internal sealed class MapFonts : IDisposable
{
    /// <summary>Letters a typeface must have for Vietnamese labels: every tone mark on every vowel family, and đ/Đ.</summary>
    public const string VietnameseProbe = "ĐđăâêôơưẮẰẲẴẶấầẩẫậếềểễệốồổỗộớờởỡợứừửữựýỳỷỹỵ";

    private static readonly string[] SystemFolders =
    [
        "/usr/share/fonts/truetype/dejavu",
        "/usr/share/fonts/dejavu",
        "/usr/share/fonts/TTF",
        "/usr/local/share/fonts",
        "/Library/Fonts",
    ];

    private readonly Dictionary<(float, int), SKFont> _fonts = [];

    private MapFonts(SKTypeface regular, SKTypeface bold, SKTypeface oblique, string folder)
    {
        Regular = regular;
        Bold = bold;
        Oblique = oblique;
        Folder = folder;
    }

    /// <summary>DejaVu Sans.</summary>
    public SKTypeface Regular { get; }

    /// <summary>DejaVu Sans Bold.</summary>
    public SKTypeface Bold { get; }

    /// <summary>DejaVu Sans Oblique (falls back to regular when the file is absent).</summary>
    public SKTypeface Oblique { get; }

    /// <summary>The folder the fonts were read from.</summary>
    public string Folder { get; }

    /// <summary>Loads the fonts from <paramref name="folder"/>, else from the usual system folders.</summary>
    /// <exception cref="MapFontException">No folder holds readable DejaVuSans.ttf and DejaVuSans-Bold.ttf with Vietnamese letters.</exception>
    public static MapFonts Load(string? folder)
    {
        var candidates = folder is null ? SystemFolders : [folder];
        foreach (var dir in candidates)
        {
            var regularPath = Path.Combine(dir, "DejaVuSans.ttf");
            var boldPath = Path.Combine(dir, "DejaVuSans-Bold.ttf");
            if (!File.Exists(regularPath) || !File.Exists(boldPath))
            {
                continue;
            }

            var regular = SKTypeface.FromFile(regularPath)
                ?? throw new MapFontException($"{regularPath}: not a readable font file");
            var bold = SKTypeface.FromFile(boldPath)
                ?? throw new MapFontException($"{boldPath}: not a readable font file");
            if (!regular.ContainsGlyphs(VietnameseProbe) || !bold.ContainsGlyphs(VietnameseProbe))
            {
                throw new MapFontException($"{dir}: the DejaVu Sans fonts there lack Vietnamese letters; install fonts-dejavu-core or give a folder with a complete copy");
            }

            var obliquePath = Path.Combine(dir, "DejaVuSans-Oblique.ttf");
            var oblique = File.Exists(obliquePath) ? SKTypeface.FromFile(obliquePath) ?? regular : regular;
            return new MapFonts(regular, bold, oblique, dir);
        }

        var looked = string.Join(", ", candidates);
        throw new MapFontException(
            $"DejaVu Sans (DejaVuSans.ttf and DejaVuSans-Bold.ttf) not found in {looked}: install it (apt-get install fonts-dejavu-core) or give --font-dir DIR");
    }

    /// <summary>A font of the given size (points) and face, cached.</summary>
    public SKFont Font(float size, FontFace face = FontFace.Regular)
    {
        var key = (MathF.Round(size, 2), (int)face);
        if (!_fonts.TryGetValue(key, out var font))
        {
            var typeface = face switch { FontFace.Bold => Bold, FontFace.Oblique => Oblique, _ => Regular };
            font = new SKFont(typeface, key.Item1) { Subpixel = true, Edging = SKFontEdging.Antialias };
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>The advance width of a text in points.</summary>
    public float Width(string text, float size, FontFace face = FontFace.Regular) => Font(size, face).MeasureText(text);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var font in _fonts.Values)
        {
            font.Dispose();
        }

        Regular.Dispose();
        Bold.Dispose();
        if (!ReferenceEquals(Oblique, Regular))
        {
            Oblique.Dispose();
        }
    }
}
