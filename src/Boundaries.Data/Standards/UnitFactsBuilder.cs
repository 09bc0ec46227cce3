using System.Globalization;
using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>Turns the rows of one unit into the figures and factors the model takes, applying only confirmed or derived rows.</summary>
internal static class UnitFactsBuilder
{
    public static UnitFacts Build(UnitCode code, List<UnitFactRow> rows, string file, IReadOnlySet<string> factorKinds, List<DataIssue> issues)
    {
        OfficialArea? area = null;
        OfficialPopulation? population = null;
        RegionClass? region = null;
        var factors = new List<SpecialFactor>();
        foreach (var row in rows)
        {
            if (row.Kind is UnitFactsCsv.ReferenceAreaKm2 or UnitFactsCsv.ReferencePopulation)
            {
                continue;
            }

            if (row.Status == RuleStatus.Unconfirmed)
            {
                issues.Add(Issue(IssueSeverity.Info, row, file, $"{row.Kind} is unconfirmed; kept for reference, not applied"));
                continue;
            }

            var source = row.Status == RuleStatus.Derived ? row.Source + " (derived)" : row.Source;
            switch (row.Kind)
            {
                case UnitFactsCsv.OfficialAreaKm2 when Number(row) is { } km2 and > 0:
                    area = area is null ? new OfficialArea(km2, row.Year, source) : Duplicate(area, row, file, issues);
                    break;
                case UnitFactsCsv.OfficialPopulationKind when Number(row) is { } people and >= 0 && people == Math.Floor(people):
                    population = population is null ? new OfficialPopulation((long)people, row.Year, source) : Duplicate(population, row, file, issues);
                    break;
                case UnitFactsCsv.RegionKind when row.Value is "mien-nui-vung-cao" or "hai-dao" or "other":
                    region = row.Value switch { "other" => RegionClass.Other, "hai-dao" => RegionClass.HaiDao, _ => RegionClass.MienNuiVungCao };
                    break;
                case FactKinds.ListedMustArrange when row.Value is "yes" or "no":
                    factors.Add(new SpecialFactor(row.Kind, row.Reason, source, row.Value == "yes" ? 1 : 0));
                    break;
                case FactKinds.ProvinceProposedNotToArrange:
                    factors.Add(new SpecialFactor(row.Kind, row.Reason, source));
                    break;
                case var kind when factorKinds.Contains(kind) && row.Value == "no":
                    // A finding that the factor does not apply: kept in Rows, nothing to apply.
                    break;
                case var kind when factorKinds.Contains(kind) && (row.Value == "yes" || Number(row) is not null):
                    factors.Add(new SpecialFactor(kind, row.Reason, source, Number(row)));
                    break;
                default:
                    issues.Add(Issue(IssueSeverity.Warning, row, file, $"value '{row.Value}' is not valid for {row.Kind}; not applied"));
                    break;
            }
        }

        return new UnitFacts(code) { OfficialArea = area, OfficialPopulation = population, Region = region, SpecialFactors = factors, Rows = rows };
    }

    private static double? Number(UnitFactRow row) =>
        double.TryParse(row.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static T Duplicate<T>(T kept, UnitFactRow row, string file, List<DataIssue> issues)
    {
        issues.Add(Issue(IssueSeverity.Warning, row, file, $"a second {row.Kind} for the unit; the first is kept"));
        return kept;
    }

    private static DataIssue Issue(IssueSeverity severity, UnitFactRow row, string file, string message) =>
        new(severity, "unit-fact-not-applied", $"line {row.Line}: {message}") { File = file, Code = row.Code };
}
