using System.Globalization;
using Boundaries.Data.Import.Csv;
using Boundaries.Data.Standards;

namespace Boundaries.Data.Import.Building;

/// <summary>Joins a CSV table to the units by code: population, official area, region class and special factors.</summary>
/// <remarks>Each row's facts reach the unit through <see cref="UnitFacts.ApplyTo"/>, as those of a unit-facts file do.</remarks>
internal sealed class JoinApplier(CsvTable table, ManifestJoin join, UnitTable units, bool partial, List<DataIssue> issues)
{

    /// <summary>Applies the join to the units; returns the table read. <paramref name="partial"/>: one province of a larger dataset is imported, so rows of other units are expected and skipped silently.</summary>
    public static CsvTable Apply(DatasetManifest manifest, ManifestJoin join, UnitTable units, bool partial, List<DataIssue> issues)
    {
        var table = CsvTable.Read(manifest.Resolve(join.File));
        new JoinApplier(table, join, units, partial, issues).Run();
        return table;
    }

    private void Run()
    {
        var key = table.RequireColumn(join.Key, "the join key (unit code)");
        var population = Optional(join.Population, "the population");
        var area = Optional(join.OfficialArea, "the official area");
        var officialPopulation = Optional(join.OfficialPopulation, "the official population");
        var region = Optional(join.Region, "the region class");
        var factors = join.SpecialFactors;
        var kind = factors is null ? null : (int?)table.RequireColumn(factors.Kind, "the special factor kind");
        var reason = factors is null ? null : (int?)table.RequireColumn(factors.Reason, "the special factor reason");
        var factorSource = Optional(factors?.Source, "the special factor source");
        var factorValue = Optional(factors?.Value, "the special factor value");
        var seen = new Dictionary<UnitCode, int>();
        foreach (var row in table.Rows)
        {
            if (GsoCodes.Find(row[key], units.Contains) is not { } code)
            {
                issues.Add(Issue(IssueSeverity.Warning, "missing-code", row, null, "row without a code skipped"));
                continue;
            }

            if (!units.Contains(code))
            {
                if (partial)
                {
                    continue;
                }

                issues.Add(Issue(IssueSeverity.Warning, "unknown-code", row, code, $"code {code} is not in the unit list; row skipped"));
                continue;
            }

            // A factor table has several rows per unit; any other table one.
            if (factors is null && !seen.TryAdd(code, row.Line))
            {
                issues.Add(Issue(IssueSeverity.Warning, "duplicate-code", row, code, $"code {code} again (first on line {seen[code]}); this row is skipped"));
                continue;
            }

            if (population is not null)
            {
                SetPopulation(row, code, row[population]);
            }

            if (area is not null)
            {
                SetArea(row, code, row[area]);
            }

            if (officialPopulation is not null && row[officialPopulation] is not null)
            {
                SetOfficialPopulation(row, code, row[officialPopulation]);
            }

            if (region is not null)
            {
                SetRegion(row, code, row[region]);
            }

            if (kind is not null)
            {
                AddFactor(row, code, row[kind], row[reason], row[factorSource], row[factorValue]);
            }
        }
    }

    private void SetPopulation(CsvRow row, UnitCode code, string? text)
    {
        // An empty cell is "no figure", never 0.
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (PopulationText.Parse(text) is not { } people)
        {
            issues.Add(Issue(IssueSeverity.Error, "bad-population", row, code, $"population '{Shorten(text)}' of {code} is not a whole number of people"));
            return;
        }

        var level = units.Find(code)?.Level ?? UnitLevel.Commune;
        if (PlausiblePopulation.Problem(people, level) is { } problem)
        {
            issues.Add(Issue(IssueSeverity.Error, "bad-population", row, code, $"{problem} ({code})"));
            return;
        }

        units.Update(code, u => u with { Population = new PopulationFigure(people, join.Year!.Value, join.Source!) });
    }

    private void SetOfficialPopulation(CsvRow row, UnitCode code, string? text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || value != Math.Floor(value))
        {
            issues.Add(Issue(IssueSeverity.Warning, "bad-value", row, code, $"official population '{text}' is not a whole number of people"));
            return;
        }

        units.Update(code, new UnitFacts(code) { OfficialPopulation = new OfficialPopulation((long)value, join.Year, join.PopulationSource ?? join.Source!) }.ApplyTo);
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private void SetArea(CsvRow row, UnitCode code, string? text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var km2) || km2 <= 0)
        {
            issues.Add(Issue(IssueSeverity.Warning, "bad-value", row, code, $"official area '{text}' is not a positive number of km²"));
            return;
        }

        units.Update(code, new UnitFacts(code) { OfficialArea = new OfficialArea(km2, join.AreaYear ?? join.Year, join.AreaSource ?? join.Source!) }.ApplyTo);
    }

    private void SetRegion(CsvRow row, UnitCode code, string? text)
    {
        if (RegionClasses.Parse(text) is not { } region)
        {
            issues.Add(Issue(IssueSeverity.Warning, "bad-value", row, code, $"region class '{text}' is neither mountainous/highland nor other"));
            return;
        }

        units.Update(code, new UnitFacts(code) { Region = region }.ApplyTo);
    }

    private void AddFactor(CsvRow row, UnitCode code, string? kind, string? reason, string? source, string? valueText)
    {
        if (kind is null || reason is null)
        {
            issues.Add(Issue(IssueSeverity.Warning, "bad-value", row, code, "special factor without kind or reason skipped"));
            return;
        }

        double? value = double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;
        if (valueText is not null && value is null)
        {
            issues.Add(Issue(IssueSeverity.Warning, "bad-value", row, code, $"special factor value '{valueText}' is not a number; kept without it"));
        }

        var factor = new SpecialFactor(kind, reason, source ?? join.Source ?? Path.GetFileName(table.File), value);
        units.Update(code, new UnitFacts(code) { SpecialFactors = [factor] }.ApplyTo);
    }

    private int? Optional(string? column, string purpose) => column is null ? null : table.RequireColumn(column, purpose);

    private DataIssue Issue(IssueSeverity severity, string kind, CsvRow row, UnitCode? code, string message) =>
        new(severity, kind, $"line {row.Line}: {message}") { File = table.File, Code = code };
}
