using SkiaSharp;

namespace Boundaries.Maps.Styling;

/// <summary>One entry of the fill legend: a colour and what it means.</summary>
/// <param name="Key">A stable key ("must-arrange", "phuong", "pop-3").</param>
/// <param name="Label">The Vietnamese legend text.</param>
/// <param name="Color">The fill colour.</param>
internal sealed record FillClass(string Key, string Label, SKColor Color);
