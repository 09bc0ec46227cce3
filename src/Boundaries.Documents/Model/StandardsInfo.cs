namespace Boundaries.Documents.Model;

/// <summary>The standards and the arrangement programme the figures are measured against, as of the dossier's date.</summary>
/// <param name="AsOfText">The date whose law applies ("ngày 13 tháng 6 năm 2023").</param>
/// <param name="RegimeId">The regime's id in the catalogue.</param>
/// <param name="RegimeTitle">The regime's title (the resolutions of standards).</param>
/// <param name="ProgrammeCitation">The arrangement programme ("NQ 35/2023/UBTVQH15"), or empty.</param>
/// <param name="PeriodText">Its period ("2023–2025"), or empty.</param>
/// <param name="Notes">How they were chosen, and caveats.</param>
public sealed record StandardsInfo(string AsOfText, string RegimeId, string RegimeTitle, string ProgrammeCitation, string PeriodText, IReadOnlyList<string> Notes);
