using System.Globalization;
using Boundaries.Core.Formatting;
using Boundaries.Maps.Drawing;
using Boundaries.Maps.Layout;
using Boundaries.Maps.Styling;
using SkiaSharp;

namespace Boundaries.Maps.Legend;

/// <summary>The north arrow (pointing to true north), the map scale as a ratio and as a bar in km, and the CRS.</summary>
/// <param name="ScaleDenominator">The scale 1:N.</param>
/// <param name="TrueNorthDegrees">The angle of true north clockwise from the grid's up direction (meridian convergence).</param>
/// <param name="CrsText">The CRS in words.</param>
/// <param name="Size">Font size in points.</param>
internal sealed record LegendScale(int ScaleDenominator, double TrueNorthDegrees, string CrsText, float Size) : ILegendItem
{
    private static CultureInfo Vi => VietnameseFormat.Culture;

    private float ArrowWidth => Size * 3.2f;

    private float BarHeight => Size * 0.55f;

    public float Height(MapFonts fonts, float width) =>
        Math.Max(Size * 6.5f, (Size * 5.2f) + (CrsLines(fonts, width).Count * Size * 1.2f));

    public void Draw(SKCanvas canvas, MapFonts fonts, SKRect box)
    {
        DrawNorthArrow(canvas, fonts, new SKPoint(box.Left + (ArrowWidth / 2), box.Top + (Size * 3.4f)));
        var left = box.Left + ArrowWidth + (Size * 0.8f);
        TextDrawer.Line(canvas, fonts, $"Tỉ lệ 1:{ScaleDenominator.ToString("N0", Vi)}", left, box.Top + (Size * 1.3f), Size * 1.1f, FontFace.Bold, MapStyle.Ink);
        DrawBar(canvas, fonts, left, box.Top + (Size * 2.3f), box.Right - left - (Size * 1.6f));
        var y = box.Top + (Size * 5.4f);
        foreach (var line in CrsLines(fonts, box.Width - ArrowWidth - (Size * 0.8f)))
        {
            TextDrawer.Line(canvas, fonts, line, left, y, Size * 0.85f, FontFace.Regular, MapStyle.MutedInk);
            y += Size * 1.1f;
        }
    }

    /// <summary>The bar's length in km: 1, 2 or 5 times a power of ten, as long as fits <paramref name="maxPoints"/>.</summary>
    public static double BarKm(int scaleDenominator, float maxPoints)
    {
        var maxKm = maxPoints / MapScale.PointsPerMeter(scaleDenominator) / 1000;
        var power = Math.Pow(10, Math.Floor(Math.Log10(maxKm)));
        return new[] { 5, 2, 1 }.Select(m => m * power).First(k => k <= maxKm + 1e-9);
    }

    private IReadOnlyList<string> CrsLines(MapFonts fonts, float width) => TextDrawer.Wrap(fonts, CrsText, Size * 0.85f, FontFace.Regular, width);

    private void DrawBar(SKCanvas canvas, MapFonts fonts, float left, float top, float maxWidth)
    {
        var km = BarKm(ScaleDenominator, maxWidth);
        var length = (float)(km * 1000 * MapScale.PointsPerMeter(ScaleDenominator));
        using var black = Paints.Fill(MapStyle.Ink);
        using var white = Paints.Fill(SKColors.White);
        using var outline = Paints.Stroke(MapStyle.Ink, 0.5f);
        for (var i = 0; i < 4; i++)
        {
            var segment = new SKRect(left + (i * length / 4), top, left + ((i + 1) * length / 4), top + BarHeight);
            canvas.DrawRect(segment, i % 2 == 0 ? black : white);
            canvas.DrawRect(segment, outline);
        }

        var labelY = top + BarHeight + (Size * 1.1f);
        var small = Size * 0.85f;
        TextDrawer.Line(canvas, fonts, "0", left, labelY, small, FontFace.Regular, MapStyle.Ink, SKTextAlign.Center);
        TextDrawer.Line(canvas, fonts, Km(km / 2), left + (length / 2), labelY, small, FontFace.Regular, MapStyle.Ink, SKTextAlign.Center);
        TextDrawer.Line(canvas, fonts, $"{Km(km)} km", left + length, labelY, small, FontFace.Regular, MapStyle.Ink, SKTextAlign.Center);
    }

    private static string Km(double km) => km.ToString(km >= 1 && Math.Abs(km - Math.Round(km)) < 1e-9 ? "N0" : "0.##", Vi);

    private void DrawNorthArrow(SKCanvas canvas, MapFonts fonts, SKPoint centre)
    {
        var half = Size * 2.2f;
        var wing = Size * 0.9f;
        canvas.Save();
        canvas.RotateDegrees((float)TrueNorthDegrees, centre.X, centre.Y);
        using var left = new SKPath();
        left.MoveTo(centre.X, centre.Y - half);
        left.LineTo(centre.X - wing, centre.Y + half);
        left.LineTo(centre.X, centre.Y + (half * 0.55f));
        left.Close();
        using var right = new SKPath();
        right.MoveTo(centre.X, centre.Y - half);
        right.LineTo(centre.X + wing, centre.Y + half);
        right.LineTo(centre.X, centre.Y + (half * 0.55f));
        right.Close();
        using var ink = Paints.Fill(MapStyle.Ink);
        using var paper = Paints.Fill(SKColors.White);
        using var outline = Paints.Stroke(MapStyle.Ink, 0.6f);
        canvas.DrawPath(left, ink);
        canvas.DrawPath(right, paper);
        canvas.DrawPath(right, outline);
        canvas.DrawPath(left, outline);

        // "B" (Bắc, north) as on Vietnamese maps.
        TextDrawer.Line(canvas, fonts, "B", centre.X, centre.Y - half - (Size * 0.35f), Size * 1.2f, FontFace.Bold, MapStyle.Ink, SKTextAlign.Center);
        canvas.Restore();
    }
}
