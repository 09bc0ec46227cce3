namespace Boundaries.Web.Scenarios;

/// <summary>The before → after table of a scenario as of a date: every affected unit, the province's totals, and the law applied.</summary>
/// <param name="AsOf">The date whose law was applied.</param>
/// <param name="Regime">The standards regime, as cited.</param>
/// <param name="Programme">The arrangement programme period, or null when none covers the date.</param>
/// <param name="Rows">Every affected commune and district.</param>
/// <param name="Totals">The province before and after.</param>
/// <param name="Summary">The count lines of the evaluation after ("04/104 đơn vị hành chính cấp xã thuộc diện sắp xếp").</param>
/// <param name="Declared">Figures moved by declaration only, in words.</param>
/// <param name="Refusal">Why the last stored operation could not be applied, when it could not.</param>
public sealed record ScenarioTable(
    DateOnly AsOf,
    string Regime,
    string? Programme,
    IReadOnlyList<ChangeRow> Rows,
    ScenarioTotals Totals,
    IReadOnlyList<string> Summary,
    IReadOnlyList<string> Declared,
    string? Refusal);
