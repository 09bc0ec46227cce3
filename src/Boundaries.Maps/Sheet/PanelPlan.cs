using Boundaries.Maps.Labels;
using Boundaries.Maps.Layout;
using Boundaries.Maps.Scene;
using Boundaries.Maps.Styling;

namespace Boundaries.Maps.Sheet;

/// <summary>One panel ready to draw: its simplified polygons, where they go on the page, their fills and labels.</summary>
/// <param name="Scene">The polygons and outlines in the display CRS.</param>
/// <param name="Frame">The panel's heading band and map frame.</param>
/// <param name="View">Ground to page.</param>
/// <param name="Fills">The fill class of each commune in focus, by key.</param>
/// <param name="Labels">The labels placed.</param>
/// <param name="Unlabelled">Keys that found no room.</param>
internal sealed record PanelPlan(
    PanelScene Scene, PanelFrame Frame, MapView View, IReadOnlyDictionary<string, FillClass> Fills, IReadOnlyList<PlacedLabel> Labels, IReadOnlyList<string> Unlabelled);
