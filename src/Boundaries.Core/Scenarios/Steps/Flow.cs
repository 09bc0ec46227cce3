namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Area and people of one baseline unit that now lie in a current unit.</summary>
/// <param name="AreaKm2">Area in km² (0 when the baseline unit has no polygon).</param>
/// <param name="Population">People.</param>
/// <param name="Declared">True when a declared figure (no polygon) went into it.</param>
internal sealed record Flow(double AreaKm2, long Population, bool Declared)
{
    /// <summary>The two flows together.</summary>
    public Flow Plus(Flow other) => new(AreaKm2 + other.AreaKm2, Population + other.Population, Declared || other.Declared);
}
