namespace Boundaries.Documents.Model;

/// <summary>The province's natural area, population and unit counts before and after: the check that nothing was lost.</summary>
/// <param name="Name">The province in running text ("tỉnh Trà Vinh").</param>
/// <param name="AreaKm2Before">Natural area before (sum of communes), km².</param>
/// <param name="AreaKm2After">Natural area after, km².</param>
/// <param name="PopulationBefore">Population before.</param>
/// <param name="PopulationAfter">Population after.</param>
/// <param name="Districts">District-level units.</param>
/// <param name="Communes">Commune-level units.</param>
public sealed record ProvinceTotals(string Name, double AreaKm2Before, double AreaKm2After, long PopulationBefore, long PopulationAfter, UnitCount Districts, UnitCount Communes)
{
    /// <summary>True when area (to 1 m²) and population are the same before and after.</summary>
    public bool Conserved => Math.Abs(AreaKm2Before - AreaKm2After) < 1e-6 && PopulationBefore == PopulationAfter;
}
