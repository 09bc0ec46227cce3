using System.Globalization;
using Boundaries.Core.Evaluation;

namespace Boundaries.Data.Export;

/// <summary>The properties of an assessment in output order, shared by the CSV, JSON and GeoJSON writers so that they agree.</summary>
/// <remarks>Areas are rounded to 4 decimals (km²), percentages to 2 (half away from zero); booleans stay booleans; unknown values are null.</remarks>
public static class AssessmentFields
{
    /// <summary>The column names, in order; the first twelve are fixed by the issue that defines the evaluation output.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "code", "name", "type", "parent_code", "area_km2", "area_pct", "population", "population_pct",
        "meets_standard", "must_arrange", "exempt", "rule",
        "level", "parent_type", "standard", "standard_reason", "standard_area_km2", "standard_population",
        "area_source", "area_year", "population_year", "population_source", "matched_rules", "exemption",
        "exemption_source", "criteria", "unconfirmed", "insufficient_data", "note", "doubts",
    ];

    /// <summary>The properties of one assessment, in the order of <see cref="Names"/>.</summary>
    public static IReadOnlyList<AssessmentField> Of(Assessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var unit = a.Unit;
        object?[] values =
        [
            unit.Code.Value,
            unit.FullName,
            unit.Type.Slug(),
            unit.ParentCode?.Value,
            Round(a.Area.Km2, 4),
            Round(a.AreaPercent, 2),
            a.Population.Value,
            Round(a.PopulationPercent, 2),
            a.MeetsStandard,
            a.MustArrange,
            a.Exempt,
            a.Rule,
            unit.Level.ToString().ToLowerInvariant(),
            a.ParentType?.Slug(),
            a.Standard?.Standard.Id,
            a.Standard?.Reason,
            Round(a.Standard?.MinAreaKm2, 4),
            Round(a.Standard?.MinPopulation, 2),
            a.Area.Source,
            a.Area.Year is { } ay ? (long)ay : null,
            a.Population.Year is { } py ? (long)py : null,
            a.Population.Source,
            string.Join("; ", a.MatchedCriteria.Select(c => c.Id)),
            a.Exemption is { } e ? $"{e.Ground.Id} ({e.Ground.Basis.Citation}, ground {e.Ground.Ground}): {e.Fact.Reason}" : null,
            a.Exemption?.Fact.Source,
            string.Join("; ", a.Criteria.Select(Criterion)),
            string.Join("; ", a.Unconfirmed.Select(r => $"{r.Id} ({r.Citation})")),
            a.InsufficientData,
            string.Join(" | ", a.Notes),
            string.Join(" | ", a.Doubts.Select(d => $"{(d.Figure == DoubtedFigure.Area ? "diện tích" : "dân số")}: {d.Reason} ({d.Source})")),
        ];
        return Names.Select((name, i) => new AssessmentField(name, values[i] is "" ? null : values[i])).ToList();
    }

    /// <summary>A value as CSV text: invariant numbers, true/false, empty for null.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static double? Round(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;

    private static string Criterion(CriterionResult r) =>
        string.Create(CultureInfo.InvariantCulture, $"{r.Criterion.Description}: {r.Count}/{r.Total} ({(r.Met ? "đạt" : "không đạt")})");
}
