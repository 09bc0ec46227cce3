namespace Boundaries.Core.Scenarios;

/// <summary>The map a scenario applies to: a dataset and the date of its unit list.</summary>
/// <param name="Dataset">The dataset's name or folder, e.g. "tra-vinh".</param>
/// <param name="UnitsAsOf">The date of the official unit list the codes refer to (2023-04-10 for the bundled Trà Vinh list).</param>
public sealed record ScenarioBaseline(string Dataset, DateOnly? UnitsAsOf = null);
