namespace Boundaries.Documents.Figures;

/// <summary>One line of a dossier's figures table: every document prints these values and no others.</summary>
/// <param name="Name">The unit's name ("Phường 3").</param>
/// <param name="Moment">"trước" or "sau".</param>
/// <param name="AreaKm2">Natural area, rounded once to 0,01 km².</param>
/// <param name="AreaPercent">The rounded area in per cent of the standard, rounded to 0,01.</param>
/// <param name="Population">Population.</param>
/// <param name="PopulationPercent">Population in per cent of the standard, rounded to 0,01.</param>
/// <param name="AreaNote">Where the area comes from, in Vietnamese.</param>
/// <param name="PopulationNote">Where the population comes from, in Vietnamese.</param>
/// <param name="AreaDoubt">Why the area rests on a doubted declared figure (the measured flaw, in Vietnamese); empty when it does not.</param>
/// <param name="PopulationDoubt">Why the population rests on a doubted declared figure; empty when it does not.</param>
public sealed record FigureRow(string Name, string Moment, double? AreaKm2, double? AreaPercent, long? Population, double? PopulationPercent, string AreaNote, string PopulationNote, string AreaDoubt = "", string PopulationDoubt = "");
