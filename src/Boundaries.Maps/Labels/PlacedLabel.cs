using SkiaSharp;

namespace Boundaries.Maps.Labels;

/// <summary>A label where it will be drawn: its block, its box on the page, and for a callout the point it names.</summary>
/// <param name="Key">The unit code (or source name) labelled.</param>
/// <param name="Block">The lines.</param>
/// <param name="Box">The rectangle the lines occupy, in points.</param>
/// <param name="Kind">What is labelled, which decides the ink.</param>
/// <param name="Leader">For a label set outside its unit: the point inside the unit the leader line goes to; null otherwise.</param>
internal sealed record PlacedLabel(string Key, LabelBlock Block, SKRect Box, LabelKind Kind, SKPoint? Leader);
