using System.Globalization;
using Boundaries.Core.Standards;
using Boundaries.Data.Import.Csv;

namespace Boundaries.Data.Standards;

/// <summary>Reads a unit-facts CSV (code,kind,value,year,reason,source,status) into per-unit facts to join by code.</summary>
/// <remarks>The format is described in data/standards/README.md. Only confirmed or derived rows are applied; the others are kept in <see cref="UnitFacts.Rows"/>.</remarks>
public static class UnitFactsCsv
{
    /// <summary>The header the file must start with.</summary>
    public const string Header = "code,kind,value,year,reason,source,status";

    /// <summary>Kind of a row with the official natural area in km².</summary>
    public const string OfficialAreaKm2 = "official-area-km2";

    /// <summary>Kind of a row with an official population figure.</summary>
    public const string OfficialPopulationKind = "official-population";

    /// <summary>Kind of a row with the region class (mien-nui-vung-cao or other).</summary>
    public const string RegionKind = "region";

    /// <summary>Kind of a row with an older or qualified area figure, kept for the planner's reference and never used by the evaluation.</summary>
    public const string ReferenceAreaKm2 = "reference-area-km2";

    /// <summary>Kind of a row with an older or qualified population figure, kept for reference only.</summary>
    public const string ReferencePopulation = "reference-population";

    /// <summary>Reads the file; <paramref name="factorKinds"/> are the kinds the catalogue's rules read (<see cref="StandardsCatalogue.FactKinds"/>).</summary>
    /// <exception cref="InputDataException">The header is not <see cref="Header"/> or a quoted field is not closed; the message names the file.</exception>
    public static UnitFactsTable Read(string path, IReadOnlySet<string> factorKinds)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path, factorKinds);
    }

    /// <summary>Reads CSV text; <paramref name="file"/> names it in issues and errors.</summary>
    /// <exception cref="InputDataException">The header is not <see cref="Header"/> or a quoted field is not closed.</exception>
    public static UnitFactsTable Parse(TextReader reader, string file, IReadOnlySet<string> factorKinds)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(factorKinds);
        var issues = new List<DataIssue>();
        var rows = new List<UnitFactRow>();
        var records = CsvParser.Parse(reader.ReadToEnd(), file).Where(r => !r.IsBlank).ToList();
        if (records.Count == 0 || string.Join(",", records[0].Fields).TrimStart('\uFEFF') != Header)
        {
            throw new InputDataException(file, $"the first line must be the header '{Header}'");
        }

        for (var i = 1; i < records.Count; i++)
        {
            var row = ParseRow(records[i].Line, records[i].Fields, file, i - 1, factorKinds, issues);
            if (row is not null)
            {
                rows.Add(row);
            }
        }

        var byCode = rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => UnitFactsBuilder.Build(g.Key, g.ToList(), file, factorKinds, issues));
        return new UnitFactsTable(byCode, issues);
    }

    private static UnitFactRow? ParseRow(int line, IReadOnlyList<string> f, string file, int index, IReadOnlySet<string> factorKinds, List<DataIssue> issues)
    {
        DataIssue Issue(string message, UnitCode? code = null) =>
            new(IssueSeverity.Warning, "unit-fact-skipped", $"line {line}: {message}; row skipped") { File = file, FeatureIndex = index, Code = code };

        if (f.Count != 7)
        {
            issues.Add(Issue($"{f.Count} fields, expected 7"));
            return null;
        }

        if (string.IsNullOrWhiteSpace(f[0]))
        {
            issues.Add(Issue("no code"));
            return null;
        }

        var code = new UnitCode(f[0]);
        var kind = f[1].Trim();
        if (!IsKnownKind(kind, factorKinds))
        {
            issues.Add(Issue($"unknown kind '{kind}'", code));
            return null;
        }

        int? year = null;
        if (!string.IsNullOrWhiteSpace(f[3]))
        {
            if (!int.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y < 1900 || y > 2100)
            {
                issues.Add(Issue($"year '{f[3]}' is not a year", code));
                return null;
            }

            year = y;
        }

        RuleStatus? status = f[6].Trim() switch
        {
            "confirmed" => RuleStatus.Confirmed,
            "derived" => RuleStatus.Derived,
            "unconfirmed" => RuleStatus.Unconfirmed,
            _ => null,
        };
        if (status is null)
        {
            issues.Add(Issue($"status '{f[6]}' must be confirmed, derived or unconfirmed", code));
            return null;
        }

        if (string.IsNullOrWhiteSpace(f[5]))
        {
            issues.Add(Issue("no source: a fact without a source is not recorded", code));
            return null;
        }

        return new UnitFactRow(code, kind, f[2].Trim(), year, f[4].Trim(), f[5].Trim(), status.Value, line);
    }

    private static bool IsKnownKind(string kind, IReadOnlySet<string> factorKinds) =>
        factorKinds.Contains(kind) || kind is OfficialAreaKm2 or OfficialPopulationKind or RegionKind or ReferenceAreaKm2 or ReferencePopulation
            or FactKinds.ListedMustArrange or FactKinds.ProvinceProposedNotToArrange;
}
