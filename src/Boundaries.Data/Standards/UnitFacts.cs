namespace Boundaries.Data.Standards;

/// <summary>What the unit-facts file records for one unit, ready to join onto an <see cref="AdminUnit"/> by code.</summary>
/// <param name="Code">The unit's GSO code.</param>
public sealed record UnitFacts(UnitCode Code)
{
    /// <summary>Special factors, exemption grounds and plan listings to put on <see cref="AdminUnit.SpecialFactors"/>; unconfirmed rows and findings of absence are left out.</summary>
    public IReadOnlyList<SpecialFactor> SpecialFactors { get; init; } = [];

    /// <summary>The official natural area for <see cref="AdminUnit.OfficialArea"/>, when a confirmed one is recorded.</summary>
    public OfficialArea? OfficialArea { get; init; }

    /// <summary>An official population figure, when a confirmed one is recorded; its year may be unknown.</summary>
    public OfficialPopulation? OfficialPopulation { get; init; }

    /// <summary>The region class for <see cref="AdminUnit.Region"/>, when a source classifies the unit.</summary>
    public RegionClass? Region { get; init; }

    /// <summary>Every row for the unit, including findings of absence, reference figures and unconfirmed rows.</summary>
    public IReadOnlyList<UnitFactRow> Rows { get; init; } = [];

    /// <summary>The unit with these facts on it: factors added to its own, each recorded figure or class in place of the unit's.</summary>
    /// <remarks>The one rule by which facts reach a unit, whether they come from a unit-facts file or a dataset's join table.</remarks>
    public AdminUnit ApplyTo(AdminUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit with
        {
            SpecialFactors = SpecialFactors.Count == 0 ? unit.SpecialFactors : [.. unit.SpecialFactors, .. SpecialFactors],
            OfficialArea = OfficialArea ?? unit.OfficialArea,
            OfficialPopulation = OfficialPopulation ?? unit.OfficialPopulation,
            Region = Region ?? unit.Region,
        };
    }
}
