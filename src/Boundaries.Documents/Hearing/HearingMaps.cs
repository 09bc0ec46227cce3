namespace Boundaries.Documents.Hearing;

/// <summary>The two maps of a public hearing page as SVG documents (a map sheet each), drawn by the caller (src/Boundaries.Maps).</summary>
/// <param name="Before">The map of the units as they are.</param>
/// <param name="After">The map of the units as the scenario proposes them.</param>
public sealed record HearingMaps(string Before, string After);
