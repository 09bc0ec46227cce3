namespace Boundaries.Web.Display;

/// <summary>What a change of a scenario did to the map: the features added or no longer the same, and the codes gone.</summary>
/// <remarks>
/// The page has every feature from its first load; an operation's answer carries only these, so a merge of three
/// wards sends the new ward (and a district outline when territory crossed it) instead of the whole province.
/// </remarks>
/// <param name="Changed">Features that are new or differ in shape or in any property (status, figures, "changed" flag…).</param>
/// <param name="Removed">Codes of features that are no longer on the map.</param>
internal sealed record FeatureChanges(IReadOnlyList<UnitFeature> Changed, IReadOnlyList<string> Removed)
{
    /// <summary>The difference from <paramref name="before"/> to <paramref name="after"/>, by code.</summary>
    public static FeatureChanges Between(IReadOnlyList<UnitFeature> before, IReadOnlyList<UnitFeature> after)
    {
        var old = new Dictionary<string, UnitFeature>(StringComparer.Ordinal);
        foreach (var feature in before)
        {
            old.TryAdd(feature.Code, feature);
        }

        // Record equality: an untouched unit keeps its display shape (the very object), so the shapes compare at once.
        var changed = after.Where(f => !old.TryGetValue(f.Code, out var was) || was != f).ToList();
        var now = after.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var removed = old.Keys.Where(code => !now.Contains(code)).ToList();
        return new FeatureChanges(changed, removed);
    }
}
