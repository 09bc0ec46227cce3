using SkiaSharp;

namespace Boundaries.Maps.Styling;

/// <summary>How a kind of line is drawn: its ink and its weight in points, kept together so a legend sample matches the map.</summary>
internal readonly record struct LineStyle(SKColor Color, float Width);
