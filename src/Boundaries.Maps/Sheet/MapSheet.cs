using Boundaries.Maps.Layout;
using Boundaries.Maps.Legend;
using Boundaries.Maps.Projection;

namespace Boundaries.Maps.Sheet;

/// <summary>Everything a sheet shows, computed once and drawn the same way on a PNG, PDF or SVG canvas.</summary>
internal sealed record MapSheet
{
    /// <summary>The request drawn.</summary>
    public required MapRequest Request { get; init; }

    /// <summary>Where everything goes.</summary>
    public required PageLayout Layout { get; init; }

    /// <summary>The projected CRS of the map.</summary>
    public required DisplayCrs Crs { get; init; }

    /// <summary>The scale's denominator, the same for every panel.</summary>
    public required int ScaleDenominator { get; init; }

    /// <summary>The display simplification tolerance in metres.</summary>
    public required double ToleranceMeters { get; init; }

    /// <summary>The panels.</summary>
    public required IReadOnlyList<PanelPlan> Panels { get; init; }

    /// <summary>The legend's entries in order.</summary>
    public required IReadOnlyList<ILegendItem> Legend { get; init; }

    /// <summary>The foot lines, already wrapped to the sheet's width.</summary>
    public required IReadOnlyList<string> Footer { get; init; }

    /// <summary>The size of the foot lines in points.</summary>
    public required float FooterSize { get; init; }

    /// <summary>Type sizes relative to A4 (A3 prints larger).</summary>
    public required float TypeScale { get; init; }
}
