namespace Boundaries.Core.Evaluation;

/// <summary>The population an assessment uses, with its year and source.</summary>
/// <param name="Value">Number of people; null when unknown.</param>
/// <param name="Origin">The unit's own figure or a sum.</param>
/// <param name="Year">The year of the count, when one year applies to it.</param>
/// <param name="Source">The publication(s) the figure comes from.</param>
public sealed record PopulationUsed(long? Value, FigureOrigin Origin, int? Year, string Source)
{
    /// <summary>Whether the figure is one stated by an authority (<see cref="Units.AdminUnit.OfficialPopulation"/>) rather than a count.</summary>
    public bool Official { get; init; }

    /// <summary>No population is known.</summary>
    public static PopulationUsed Unknown(string why) => new(null, FigureOrigin.None, null, why);
}
