namespace Boundaries.Core.Units;

/// <summary>Which level a unit sits directly under: three tiers until 30/06/2025, two since (Luật 72/2025/QH15).</summary>
public static class Tiers
{
    /// <summary>Whether a map is of the two-tier structure: it has no district-level unit, so communes sit directly under the province.</summary>
    public static bool IsTwoTier(IEnumerable<AdminUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return units.All(u => u.Level != UnitLevel.District);
    }

    /// <summary>Whether a unit of level <paramref name="child"/> may sit directly under one of level <paramref name="parent"/>.</summary>
    /// <param name="child">The unit's level.</param>
    /// <param name="parent">The parent's level.</param>
    /// <param name="twoTier">True for a map without districts (since 01/07/2025): xã, phường and đặc khu sit under the province.</param>
    public static bool MayBeUnder(UnitLevel child, UnitLevel parent, bool twoTier) =>
        twoTier ? child == UnitLevel.Commune && parent == UnitLevel.Province : (int)parent == (int)child - 1;
}
