using NetTopologySuite.Geometries;

namespace Boundaries.Maps.Labels;

/// <summary>A unit to label: its polygon on the page and the wordings to try, most preferred first.</summary>
/// <param name="Key">The unit code or source name.</param>
/// <param name="Polygon">The polygon in page coordinates (points, y down).</param>
/// <param name="Forms">The label blocks to try inside the polygon, in order of preference.</param>
/// <param name="CalloutForms">The blocks to try outside the polygon with a leader line; empty when a callout is not wanted.</param>
/// <param name="Kind">What is labelled.</param>
/// <param name="Urgency">Higher is placed earlier (changed and must-arrange units, then the small ones).</param>
internal sealed record LabelJob(string Key, Geometry Polygon, IReadOnlyList<LabelBlock> Forms, IReadOnlyList<LabelBlock> CalloutForms, LabelKind Kind, double Urgency);
