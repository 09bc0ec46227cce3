namespace Boundaries.Core.Units;

/// <summary>The largest population a unit of each level can plausibly have: a figure above it is a typing or unit mistake, not a fact.</summary>
/// <remarks>
/// Generous bounds, about four times the largest unit of the level in the 2019 census (Hồ Chí Minh City
/// 8,99 million; the largest districts and wards under a million and a few hundred thousand), so that
/// no real figure, including a merged unit of 2025, comes near them.
/// </remarks>
public static class PlausiblePopulation
{
    /// <summary>The bound for a level.</summary>
    public static long MaxFor(UnitLevel level) => level switch
    {
        UnitLevel.Province => 50_000_000,
        UnitLevel.District => 5_000_000,
        _ => 2_000_000,
    };

    /// <summary>Why <paramref name="people"/> is not a plausible population for the level, or null when it is.</summary>
    public static string? Problem(long people, UnitLevel level) =>
        people < 0 ? $"population {people} is negative"
        : people > MaxFor(level) ? System.FormattableString.Invariant($"population {people} is not plausible for a {level.ToString().ToLowerInvariant()} (at most {MaxFor(level)}): a typing or unit mistake?")
        : null;
}
