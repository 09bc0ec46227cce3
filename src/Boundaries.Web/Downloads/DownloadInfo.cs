namespace Boundaries.Web.Downloads;

/// <summary>A download as the page lists it.</summary>
/// <param name="Name">The name in the URL.</param>
/// <param name="Label">The button's label.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Available">False while the renderer is not part of this build (the button is shown disabled).</param>
/// <param name="ForBaseline">True when it can be made for the baseline as well as for a scenario.</param>
public sealed record DownloadInfo(string Name, string Label, string ContentType, bool Available, bool ForBaseline);
