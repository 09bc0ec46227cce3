namespace Boundaries.Core.Orientations;

/// <summary>The area and population of a group of units taken together, with what is missing and where the figures come from.</summary>
/// <param name="AreaKm2">The sum of the known areas (official area where the unit has one, else the ellipsoidal area of its polygon); null when none is known.</param>
/// <param name="Population">The sum of the known populations (a member's count, else its official figure); null when none is known.</param>
/// <param name="WithoutArea">Members with neither an official area nor a polygon: the area is a lower bound.</param>
/// <param name="WithoutPopulation">Members without a population figure: the population is a lower bound.</param>
/// <param name="PopulationYears">The years the population figures refer to.</param>
/// <param name="OfficialAreas">How many members carry an official area (the rest are measured).</param>
public sealed record GroupFigures(
    double? AreaKm2,
    long? Population,
    IReadOnlyList<UnitCode> WithoutArea,
    IReadOnlyList<UnitCode> WithoutPopulation,
    IReadOnlySet<int> PopulationYears,
    int OfficialAreas)
{
    /// <summary>The figures of the members summed.</summary>
    public static GroupFigures Of(IReadOnlyList<AdminUnit> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var areas = members.Select(u => u.OfficialArea?.Km2 ?? u.GeodesicAreaKm2).ToList();
        var withArea = areas.Where(a => a is not null).Select(a => a!.Value).ToList();
        // The population of a member: its count, else its official figure (the 2025 units have only the latter), as totals sum it.
        var withPopulation = members.Where(u => u.People is not null).ToList();
        return new GroupFigures(
            withArea.Count == 0 ? null : withArea.Sum(),
            withPopulation.Count == 0 ? null : withPopulation.Sum(u => u.People!.Value),
            members.Where((_, i) => areas[i] is null).Select(u => u.Code).ToList(),
            members.Where(u => u.People is null).Select(u => u.Code).ToList(),
            withPopulation.Select(u => u.Population?.Year ?? u.OfficialPopulation!.Year).OfType<int>().ToHashSet(),
            members.Count(u => u.OfficialArea is not null));
    }

    /// <summary>Declared figures of a unit, such as those published for a unit formed in 2025.</summary>
    public static GroupFigures Declared(double areaKm2, long population, int year) =>
        new(areaKm2, population, [], [], new HashSet<int> { year }, 1);
}
