namespace Boundaries.Documents.Model;

/// <summary>One unit at one moment (before or after the scenario): its figures as the standards evaluation used them, and the verdict.</summary>
/// <param name="Code">The GSO code.</param>
/// <param name="Name">The full name with type ("Phường 3", "Xã Long Khánh").</param>
/// <param name="NameInText">The name in running text ("Phường 3", "xã Long Khánh").</param>
/// <param name="TypeName">The type ("Phường").</param>
/// <param name="Level">"commune", "district" or "province".</param>
/// <param name="ParentName">The parent's name in running text ("thành phố Trà Vinh"), or empty.</param>
/// <param name="AreaKm2">Natural area in km², as evaluated; null when unknown.</param>
/// <param name="AreaOrigin">Where the area comes from ("đo trên ranh giới, ellipsoid WGS 84", "số liệu chính thức", "số liệu công bố").</param>
/// <param name="AreaDeclared">True when a declared figure (no published polygon) is part of the area.</param>
/// <param name="Population">Population; null when unknown.</param>
/// <param name="PopulationYear">The year of the population count, when one.</param>
/// <param name="PopulationSource">Where the population comes from.</param>
/// <param name="Standard">The standard applied; null when none could be chosen.</param>
/// <param name="AreaPercent">Area in per cent of the standard.</param>
/// <param name="PopulationPercent">Population in per cent of the standard.</param>
/// <param name="MeetsStandard">Whether both standards are met; null when unknown.</param>
/// <param name="MustArrange">Whether the unit is subject to arrangement; null when not evaluated.</param>
/// <param name="Status">The verdict in words ("thuộc diện sắp xếp", "đạt tiêu chuẩn").</param>
/// <param name="Rule">The arrangement criteria matched, cited; empty when none.</param>
/// <param name="Subordinates">For a district or province: its subordinate units ("07 phường và 01 xã"); empty for a commune.</param>
/// <param name="Unconfirmed">Unconfirmed rules the verdict relies on.</param>
public sealed record UnitFigures(
    string Code,
    string Name,
    string NameInText,
    string TypeName,
    string Level,
    string ParentName,
    double? AreaKm2,
    string AreaOrigin,
    bool AreaDeclared,
    long? Population,
    int? PopulationYear,
    string PopulationSource,
    StandardFigures? Standard,
    double? AreaPercent,
    double? PopulationPercent,
    bool? MeetsStandard,
    bool? MustArrange,
    string Status,
    string Rule,
    string Subordinates,
    IReadOnlyList<RuleNote> Unconfirmed)
{
    /// <summary>The measured doubts on the declared figures this unit's figures rest on (its own, or those of the units it is formed from).</summary>
    public IReadOnlyList<Boundaries.Core.Units.FigureDoubt> Doubts { get; init; } = [];

    /// <summary>Why the area is doubted, in Vietnamese; empty when it is not.</summary>
    public string AreaDoubt => Figures.FigureDoubts.Text(Doubts, Boundaries.Core.Units.DoubtedFigure.Area);

    /// <summary>Why the population is doubted, in Vietnamese; empty when it is not.</summary>
    public string PopulationDoubt => Figures.FigureDoubts.Text(Doubts, Boundaries.Core.Units.DoubtedFigure.Population);
}
