using Boundaries.Core.Evaluation;
using SkiaSharp;

namespace Boundaries.Maps.Styling;

/// <summary>The colours and line weights of every map, chosen to print legibly in colour and to stay distinguishable in grey.</summary>
/// <remarks>Line widths are in points; the hierarchy province &gt; district &gt; commune is drawn by weight and darkness.</remarks>
internal static class MapStyle
{
    public static readonly SKColor Ink = new(0x21, 0x21, 0x21);
    public static readonly SKColor MutedInk = new(0x61, 0x61, 0x61);
    public static readonly SKColor Halo = SKColors.White;

    public static readonly SKColor ContextFill = new(0xF2, 0xF2, 0xF2);
    public static readonly SKColor ContextInk = new(0x80, 0x80, 0x80);
    public static readonly SKColor Changed = new(0x6A, 0x1B, 0x9A);
    public static readonly SKColor NoOwnBoundaryFill = new(0xE3, 0xE3, 0xE3);
    public static readonly SKColor NoOwnBoundaryHatch = new(0x8A, 0x8A, 0x8A);
    public static readonly SKColor FrameLine = new(0x20, 0x20, 0x20);

    /// <summary>The boundaries, from the lightest to the heaviest: a unit outside the map's focus, a commune, a district, the province.</summary>
    public static readonly LineStyle ContextBoundary = new(new(0xB8, 0xB8, 0xB8), 0.3f);
    public static readonly LineStyle CommuneBoundary = new(new(0x5F, 0x5F, 0x5F), 0.35f);
    public static readonly LineStyle DistrictBoundary = new(new(0x30, 0x30, 0x30), 1.1f);
    public static readonly LineStyle ProvinceBoundary = new(new(0x10, 0x10, 0x10), 1.8f);

    /// <summary>The outline of a unit the scenario changes.</summary>
    public static readonly LineStyle ChangedOutline = new(Changed, 1.6f);

    /// <summary>The hatching of units without their own boundary and of changed units: line weight and spacing in points.</summary>
    public static readonly (float Width, float Spacing) Hatching = (0.45f, 3.2f);

    /// <summary>The fill of a status: red for must arrange, amber below standard, green meets, blue exempt, lilac without a standard, grey without data.</summary>
    public static SKColor StatusFill(ComplianceStatus status) => status switch
    {
        ComplianceStatus.MustArrange => new SKColor(0xEF, 0x7B, 0x63),
        ComplianceStatus.BelowStandard => new SKColor(0xFC, 0xDC, 0x8C),
        ComplianceStatus.Meets => new SKColor(0xCC, 0xE8, 0xB5),
        ComplianceStatus.Exempt => new SKColor(0x9E, 0xCA, 0xE1),
        ComplianceStatus.NoStandard => new SKColor(0xE3, 0xD7, 0xEE),
        _ => new SKColor(0xD9, 0xD9, 0xD9),
    };

    /// <summary>Five light-to-dark blues for population classes, light enough for black labels.</summary>
    public static readonly SKColor[] PopulationRamp =
    [
        new(0xF1, 0xF4, 0xFA), new(0xD0, 0xDC, 0xEE), new(0xA9, 0xC4, 0xE2), new(0x7F, 0xA8, 0xD4), new(0x58, 0x8B, 0xC4),
    ];
}
