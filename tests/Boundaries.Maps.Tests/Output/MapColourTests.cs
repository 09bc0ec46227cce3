using Boundaries.Core.Evaluation;
using Boundaries.Maps.Drawing;
using Boundaries.Maps.Labels;
using Boundaries.Maps.Sheet;
using Boundaries.Maps.Styling;
using Boundaries.Maps.Tests.TestSupport;
using SkiaSharp;

namespace Boundaries.Maps.Tests.Output;

/// <summary>Reads the colours of the rendered PNG inside given units, away from their boundaries and labels.</summary>
public sealed class MapColourTests
{
    [Theory]
    [InlineData("29242", ComplianceStatus.MustArrange)]
    [InlineData("29245", ComplianceStatus.MustArrange)]
    [InlineData("29251", ComplianceStatus.MustArrange)]
    [InlineData("29263", ComplianceStatus.Meets)]
    [InlineData("29239", ComplianceStatus.BelowStandard)]
    public void Render_DistrictMap_UnitFilledWithItsStatusColour(string code, ComplianceStatus status)
    {
        var request = TraVinh.DistrictRequest(dpi: 150);
        var (png, _) = Rendered.Of("district-150", () => request, MapFormat.Png);
        using var bitmap = SKBitmap.Decode(png);
        using var fonts = MapFonts.Load(null);
        var plan = SheetComposer.Compose(request, fonts).Panels[0];

        var pixel = InteriorPixel(plan, code, request.Dpi / 72f);

        var expected = MapStyle.StatusFill(status);
        var actual = bitmap.GetPixel(pixel.X, pixel.Y);
        Assert.True(Close(expected, actual), $"{code}: expected {expected}, found {actual} at {pixel}");
    }

    [Fact]
    public void Render_ProvinceMap_EveryMustArrangeUnitLargeEnoughShowsTheMustArrangeColour()
    {
        var request = TraVinh.ProvinceRequest(dpi: 300);
        var (png, _) = Rendered.Of("province-300", () => request, MapFormat.Png);
        using var bitmap = SKBitmap.Decode(png);
        using var fonts = MapFonts.Load(null);
        var plan = SheetComposer.Compose(request, fonts).Panels[0];
        var mustArrange = TraVinh.Evaluation.MustArrange.Select(a => a.Code.Value).Where(c => plan.Fills.ContainsKey(c)).ToList();

        var checkedUnits = 0;
        foreach (var code in mustArrange)
        {
            if (TryInteriorPixel(plan, code, request.Dpi / 72f, out var pixel))
            {
                Assert.True(Close(MapStyle.StatusFill(ComplianceStatus.MustArrange), bitmap.GetPixel(pixel.X, pixel.Y)), code);
                checkedUnits++;
            }
        }

        // Nine communes must arrange on 13/06/2023; the smallest wards are a few pixels wide at 1:450.000.
        Assert.Equal(9, mustArrange.Count);
        Assert.True(checkedUnits >= 6, $"only {checkedUnits} must-arrange units had room for a clean sample");
    }

    private static SKPointI InteriorPixel(PanelPlan plan, string code, float scale) =>
        TryInteriorPixel(plan, code, scale, out var pixel) ? pixel : throw new Xunit.Sdk.XunitException($"no clean interior point in {code}");

    // A point at least 1.2 pt inside the unit (clear of its 0.35 pt boundary line) and 1 pt clear of every label box and leader.
    private static bool TryInteriorPixel(PanelPlan plan, string code, float scale, out SKPointI pixel)
    {
        var feature = plan.Scene.Features.Single(f => f.Key == code);
        var page = SkiaPaths.ToPage(feature.Geometry, plan.View);
        foreach (var candidate in InteriorPoints.Of(page, 300, 0.5))
        {
            var p = new SKPoint((float)candidate.Point.X, (float)candidate.Point.Y);
            if (candidate.Clearance >= 1.2 && !plan.Labels.Any(l => SKRect.Inflate(l.Box, 1f, 1f).Contains(p) || NearLeader(l, p)))
            {
                pixel = new SKPointI((int)Math.Round(p.X * scale), (int)Math.Round(p.Y * scale));
                return true;
            }
        }

        pixel = default;
        return false;
    }

    private static bool NearLeader(PlacedLabel label, SKPoint p)
    {
        if (label.Leader is not { } a)
        {
            return false;
        }

        var b = LabelPlacer.Nearest(label.Box, a);
        var ab = b - a;
        var t = Math.Clamp(((p.X - a.X) * ab.X + (p.Y - a.Y) * ab.Y) / Math.Max(1e-6f, ab.LengthSquared), 0, 1);
        return SKPoint.Distance(p, new SKPoint(a.X + (t * ab.X), a.Y + (t * ab.Y))) < 2f;
    }

    private static bool Close(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) <= 3 && Math.Abs(a.Green - b.Green) <= 3 && Math.Abs(a.Blue - b.Blue) <= 3;
}
