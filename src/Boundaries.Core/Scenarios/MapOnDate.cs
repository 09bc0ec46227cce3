namespace Boundaries.Core.Scenarios;

/// <summary>The map as it stood on a date: the dataset's baseline with the dated changes in force by then (a province made a city, xã made phường).</summary>
/// <param name="Map">The units on <paramref name="Date"/>.</param>
/// <param name="Date">The day asked for.</param>
/// <param name="Applied">The changes in force on that day, in order of effect.</param>
/// <param name="Later">The changes that take effect after that day, left out.</param>
public sealed record MapOnDate(AdminMap Map, DateOnly Date, IReadOnlyList<Scenario> Applied, IReadOnlyList<Scenario> Later)
{
    /// <summary>
    /// Applies, in order of effective date, every change in force on <paramref name="date"/> to <paramref name="baseline"/>
    /// (never changed); a change without an effective date is not a dated change and is refused.
    /// </summary>
    /// <exception cref="InvalidOperationException">A change does not apply to the map (checked when the project was built, so a sign of a damaged project).</exception>
    public static MapOnDate Of(AdminMap baseline, IReadOnlyList<Scenario> changes, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(changes);
        var ordered = changes.OrderBy(c => c.EffectiveDate ?? throw new ArgumentException($"'{c.Title}' has no effective date", nameof(changes))).ToList();
        var map = baseline;
        var applied = new List<Scenario>();
        foreach (var change in ordered.Where(c => c.EffectiveDate <= date))
        {
            var result = ScenarioEngine.Apply(map, change);
            if (result.Refusal is { } refusal)
            {
                throw new InvalidOperationException($"the dated change '{change.Title}' does not apply to the map: {refusal}");
            }

            map = result.Map;
            applied.Add(change);
        }

        return new MapOnDate(map, date, applied, ordered.Where(c => c.EffectiveDate > date).ToList());
    }
}
