namespace Boundaries.Core.Evaluation;

/// <summary>A unit that does not exist yet, e.g. the result of a proposed merger, described by its figures.</summary>
/// <param name="Type">The type of the new unit.</param>
/// <param name="AreaKm2">Its natural area in km².</param>
/// <param name="Population">Its population.</param>
/// <param name="MergedUnitCount">How many units of the same level it is formed from (1 when it is not a merger).</param>
public sealed record HypotheticalUnit(UnitType Type, double AreaKm2, long Population, int MergedUnitCount)
{
    /// <summary>The type of its parent; required for a phường.</summary>
    public UnitType? ParentType { get; init; }

    /// <summary>Its region class.</summary>
    public RegionClass Region { get; init; } = RegionClass.Unknown;

    /// <summary>Special factors recorded for it.</summary>
    public IReadOnlyList<SpecialFactor> SpecialFactors { get; init; } = [];
}
