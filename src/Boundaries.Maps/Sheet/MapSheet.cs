using Boundaries.Maps.Layout;
using Boundaries.Maps.Legend;
using Boundaries.Maps.Projection;

namespace Boundaries.Maps.Sheet;

/// <summary>Everything a sheet shows, computed once and drawn the same way on a PNG, PDF or SVG canvas.</summary>
/// <param name="Request">The request drawn.</param>
/// <param name="Layout">Where everything goes.</param>
/// <param name="Crs">The projected CRS of the map.</param>
/// <param name="ScaleDenominator">The scale's denominator, the same for every panel.</param>
/// <param name="ToleranceMeters">The display simplification tolerance in metres.</param>
/// <param name="Panels">The panels.</param>
/// <param name="Legend">The legend's entries in order.</param>
/// <param name="Footer">The foot lines, already wrapped to the sheet's width.</param>
/// <param name="FooterSize">The size of the foot lines in points.</param>
/// <param name="TypeScale">Type sizes relative to A4 (A3 prints larger).</param>
internal sealed record MapSheet(
    MapRequest Request,
    PageLayout Layout,
    DisplayCrs Crs,
    int ScaleDenominator,
    double ToleranceMeters,
    IReadOnlyList<PanelPlan> Panels,
    IReadOnlyList<ILegendItem> Legend,
    IReadOnlyList<string> Footer,
    float FooterSize,
    float TypeScale);
