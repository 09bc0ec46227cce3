namespace Boundaries.Web.Scenarios;

/// <summary>The province before and after: unit counts, units subject to arrangement, and the conserved area and population.</summary>
/// <param name="CommunesBefore">Commune-level units before.</param>
/// <param name="CommunesAfter">Commune-level units after.</param>
/// <param name="DistrictsBefore">District-level units before.</param>
/// <param name="DistrictsAfter">District-level units after.</param>
/// <param name="MustArrangeBefore">Commune-level units subject to arrangement before.</param>
/// <param name="MustArrangeAfter">Commune-level units subject to arrangement after.</param>
/// <param name="AreaKm2Before">The province's area before (sum of communes), km².</param>
/// <param name="AreaKm2After">The province's area after, km².</param>
/// <param name="PopulationBefore">The province's population before.</param>
/// <param name="PopulationAfter">The province's population after.</param>
public sealed record ScenarioTotals(
    int CommunesBefore,
    int CommunesAfter,
    int DistrictsBefore,
    int DistrictsAfter,
    int MustArrangeBefore,
    int MustArrangeAfter,
    double? AreaKm2Before,
    double? AreaKm2After,
    long? PopulationBefore,
    long? PopulationAfter);
