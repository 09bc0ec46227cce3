namespace Boundaries.Maps;

/// <summary>What was drawn: the sheet's size, the scale and CRS, and every label with its place, for checks and for the command's summary.</summary>
/// <param name="Format">The format written.</param>
/// <param name="PageWidthPoints">The sheet's width in points (1/72 inch).</param>
/// <param name="PageHeightPoints">The sheet's height in points.</param>
/// <param name="PixelWidth">For a PNG, its width in pixels; 0 for vector formats.</param>
/// <param name="PixelHeight">For a PNG, its height in pixels; 0 for vector formats.</param>
/// <param name="ScaleDenominator">The map scale 1:N printed on the sheet.</param>
/// <param name="DisplayEpsg">The projected CRS the map is drawn in.</param>
/// <param name="DisplayCrsName">Its EPSG name.</param>
/// <param name="SimplificationToleranceMeters">How far display boundaries may depart from the data, in metres on the ground.</param>
/// <param name="Labels">Every label placed.</param>
/// <param name="Unlabelled">Keys (unit codes) that found no room for a label, per panel as "panel:code".</param>
public sealed record MapRenderReport(
    MapFormat Format,
    double PageWidthPoints,
    double PageHeightPoints,
    int PixelWidth,
    int PixelHeight,
    int ScaleDenominator,
    int DisplayEpsg,
    string DisplayCrsName,
    double SimplificationToleranceMeters,
    IReadOnlyList<MapLabel> Labels,
    IReadOnlyList<string> Unlabelled);
