using SkiaSharp;

namespace Boundaries.Maps.Layout;

/// <summary>The place of one panel on the sheet: its heading band and the neat line of the map.</summary>
/// <param name="Heading">The band over the map for the panel's heading (zero height when there is none).</param>
/// <param name="Map">The map frame; the map is clipped to it.</param>
internal sealed record PanelFrame(SKRect Heading, SKRect Map);
