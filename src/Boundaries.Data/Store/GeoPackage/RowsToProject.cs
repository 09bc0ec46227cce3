using Boundaries.Data.Scenarios;
using System.Globalization;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>Turns the rows of a project file back into a project, naming the file, table and row of anything it cannot read.</summary>
/// <param name="file">The file the rows come from, for messages.</param>
internal sealed class RowsToProject(string file)
{
    /// <summary>The units of the three layers, provinces first, each layer in row order.</summary>
    public List<AdminUnit> Units(IReadOnlyList<(string Table, UnitLevel Level, IReadOnlyList<UnitFeatureRow> Rows)> layers, IReadOnlyList<SpecialFactorRow> factorRows)
    {
        var factors = factorRows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Select(ToFactor).ToList());
        var units = layers.SelectMany(l => l.Rows.Select(r => ToUnit(l.Table, l.Level, r, factors))).ToList();

        var duplicate = units.GroupBy(u => u.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Fail($"unit code {duplicate.Key} appears {duplicate.Count()} times in the layers {GeoPackageSchema.Provinces}, {GeoPackageSchema.Districts} and {GeoPackageSchema.Communes}");
        }

        var orphan = factorRows.FirstOrDefault(r => units.All(u => u.Code.Value != r.Code));
        if (orphan is not null)
        {
            throw Fail($"table {GeoPackageSchema.SpecialFactors}, fid {orphan.Fid}: code {orphan.Code} is not a unit of the project");
        }

        return units;
    }

    /// <summary>The units with their official populations and doubts, from the two tables that files of format 1 may lack.</summary>
    public List<AdminUnit> WithOfficialFigures(List<AdminUnit> units, IReadOnlyList<OfficialPopulationRow> populations, IReadOnlyList<FigureDoubtRow> doubtRows)
    {
        var codes = units.Select(u => u.Code.Value).ToHashSet();
        if (populations.FirstOrDefault(r => !codes.Contains(r.Code)) is { } orphanPopulation)
        {
            throw Fail($"table {GeoPackageSchema.OfficialPopulations}, fid {orphanPopulation.Fid}: code {orphanPopulation.Code} is not a unit of the project");
        }

        if (doubtRows.FirstOrDefault(r => !codes.Contains(r.Code)) is { } orphanDoubt)
        {
            throw Fail($"table {GeoPackageSchema.FigureDoubts}, fid {orphanDoubt.Fid}: code {orphanDoubt.Code} is not a unit of the project");
        }

        var official = populations.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First());
        var doubts = doubtRows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.Select(ToDoubt).ToList());
        return units.Select(u => u with
        {
            OfficialPopulation = official.TryGetValue(u.Code.Value, out var p) ? new OfficialPopulation(p.Value, p.Year, p.Source) : null,
            Doubts = doubts.GetValueOrDefault(u.Code.Value) ?? [],
        }).ToList();
    }

    private FigureDoubt ToDoubt(FigureDoubtRow r) => new(
        r.Figure switch
        {
            "area" => DoubtedFigure.Area,
            "population" => DoubtedFigure.Population,
            _ => throw Fail($"table {GeoPackageSchema.FigureDoubts}, fid {r.Fid}: figure '{r.Figure}' is neither 'area' nor 'population'"),
        },
        r.Reason,
        r.Source);

    /// <summary>The crosswalk of the code_crosswalk table, with the source recorded in project_metadata.</summary>
    public CodeCrosswalk Crosswalk(IReadOnlyList<CrosswalkRowRecord> rows, IReadOnlyList<MetadataRow> metadata, DateOnly? baseline) =>
        new(
            rows.Select(r => new CrosswalkRow(r.OldCode, r.OldName, r.OldProvince, r.NewCode, r.NewName, r.Share switch
            {
                "full" => CrosswalkShare.Full,
                "partial" => CrosswalkShare.Partial,
                _ => throw Fail($"table {GeoPackageSchema.CodeCrosswalk}, fid {r.Fid}: share '{r.Share}' is neither 'full' nor 'partial'"),
            })),
            baseline,
            metadata.FirstOrDefault(m => m.Key == ProjectFormat.CrosswalkSourceKey)?.Value ?? "");

    public List<UnassignedArea> Unassigned(IReadOnlyList<UnassignedAreaRow> rows) =>
        rows.Select(r => new UnassignedArea(
            r.Name,
            Code(r.ParentCode),
            r.Geometry,
            r.GeometryNote,
            r.CoversCodes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => new UnitCode(c)).ToList()))
        .ToList();

    public List<DataIssue> Issues(IReadOnlyList<DataIssueRow> rows) =>
        rows.Select(r => new DataIssue(Parse<IssueSeverity>(r.Severity, GeoPackageSchema.DataIssues, r.Fid, "severity"), r.Kind, r.Message)
        {
            File = r.File,
            FeatureIndex = r.FeatureIndex,
            Code = Code(r.Code),
            Location = r is { Lon: { } lon, Lat: { } lat } ? new Coordinate(lon, lat) : null,
            Magnitude = r.Magnitude,
        }).ToList();

    public ProjectMetadata Metadata(IReadOnlyList<MetadataRow> rows)
    {
        string Required(string key) =>
            rows.FirstOrDefault(r => r.Key == key)?.Value ?? throw Fail($"table {GeoPackageSchema.ProjectMetadata} has no '{key}'");

        var createdText = Required(ProjectFormat.CreatedAtKey);
        if (!DateTimeOffset.TryParseExact(createdText, "o", CultureInfo.InvariantCulture, DateTimeStyles.None, out var createdAt))
        {
            throw Fail($"table {GeoPackageSchema.ProjectMetadata}: '{ProjectFormat.CreatedAtKey}' is '{createdText}', not an ISO 8601 date and time");
        }

        DateOnly? asOf = null;
        if (rows.FirstOrDefault(r => r.Key == ProjectFormat.UnitsAsOfKey)?.Value is { } asOfText)
        {
            asOf = DateOnly.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw Fail($"table {GeoPackageSchema.ProjectMetadata}: '{ProjectFormat.UnitsAsOfKey}' is '{asOfText}', not a date yyyy-MM-dd");
        }

        return new ProjectMetadata(Required(ProjectFormat.DatasetNameKey), createdAt, Required(ProjectFormat.ToolVersionKey))
        {
            Sources = rows.Where(r => r.Key == ProjectFormat.SourceKey).Select(r => r.Value).ToList(),
            UnitsAsOf = asOf,
            Baseline = OptionalDate(rows, ProjectFormat.BaselineKey),
            DatedChanges = rows.Where(r => r.Key == ProjectFormat.DatedChangeKey)
                .Select((r, i) => ScenarioFile.Parse(r.Value, $"{file}, table {GeoPackageSchema.ProjectMetadata}, dated change {i + 1}"))
                .ToList(),
        };
    }

    private DateOnly? OptionalDate(IReadOnlyList<MetadataRow> rows, string key) =>
        rows.FirstOrDefault(r => r.Key == key)?.Value is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw Fail($"table {GeoPackageSchema.ProjectMetadata}: '{key}' is '{text}', not a date yyyy-MM-dd");

    private AdminUnit ToUnit(string table, UnitLevel level, UnitFeatureRow r, Dictionary<string, List<SpecialFactor>> factors)
    {
        var where = $"table {table}, fid {r.Fid} (code {r.Code})";
        if (string.IsNullOrWhiteSpace(r.Code))
        {
            throw Fail($"table {table}, fid {r.Fid}: the unit has no code");
        }

        if (!OfficialCodes.IsPlain(r.Code))
        {
            throw Fail($"table {table}, fid {r.Fid}: code '{(r.Code.Length > 24 ? r.Code[..24] + "…" : r.Code)}' is not a unit code (digits, letters, '-')");
        }

        if (!UnitTypes.TryParse(r.Type, out var type) || type.LevelOf() != level)
        {
            throw Fail($"{where}: '{r.Type}' is not a unit type of level {level}");
        }

        if (r.Population is { } people && PlausiblePopulation.Problem(people, level) is { } problem)
        {
            throw Fail($"{where}: {problem}");
        }

        if ((r.Population is null) != (r.PopulationYear is null) || (r.Population is null) != (r.PopulationSource is null))
        {
            throw Fail($"{where}: population, population_year and population_source must be all set or all empty");
        }

        if (r.OfficialAreaKm2 is null && (r.OfficialAreaYear is not null || r.OfficialAreaSource is not null))
        {
            throw Fail($"{where}: official_area_year or official_area_source is set without official_area_km2");
        }

        return new AdminUnit
        {
            Code = new UnitCode(r.Code),
            Name = r.Name,
            Type = type,
            ParentCode = Code(r.ParentCode),
            Region = Parse<RegionClass>(r.Region, table, r.Fid, "region"),
            SpecialFactors = factors.GetValueOrDefault(r.Code) ?? [],
            Population = r.Population is { } p ? new PopulationFigure(p, r.PopulationYear!.Value, r.PopulationSource!) : null,
            OfficialArea = r.OfficialAreaKm2 is { } km2 ? new OfficialArea(km2, r.OfficialAreaYear, r.OfficialAreaSource ?? "") : null,
            GeometryNote = r.GeometryNote,
            Geometry = r.Geometry,
        };
    }

    private static SpecialFactor ToFactor(SpecialFactorRow r) => new(r.Kind, r.Reason, r.Source, r.Value);

    // The cast matters: UnitCode converts implicitly from string, so a bare null would become new UnitCode(null).
    private static UnitCode? Code(string? text) => string.IsNullOrWhiteSpace(text) ? (UnitCode?)null : new UnitCode(text);

    private T Parse<T>(string text, string table, long fid, string column)
        where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value)
            ? value
            : throw Fail($"table {table}, fid {fid}: {column} '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}");

    private InputDataException Fail(string message) => new(file, message);
}
