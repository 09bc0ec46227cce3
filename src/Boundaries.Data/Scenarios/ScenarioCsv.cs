using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Data.Scenarios;

/// <summary>The CSV outputs of an applied scenario: the units after it, the affected units before → after, and the old→new code table.</summary>
/// <remarks>
/// Areas are in km² on the scenario basis (<see cref="ScenarioFigures"/>): a commune's polygon plus declared figures, a district's
/// communes summed. Every row that uses a declared figure says so in its last column, "figures".
/// </remarks>
public static class ScenarioCsv
{
    /// <summary>Header of units.csv: the columns of <c>boundaries units</c>, then "figures".</summary>
    public static readonly string[] UnitsHeader = ["code", "name", "type", "parent_code", "population", "area_km2", "figures"];

    /// <summary>Header of changes.csv.</summary>
    public static readonly string[] ChangesHeader =
    [
        "code", "level", "change", "operations", "name_before", "name_after", "type_before", "type_after", "parent_before", "parent_after",
        "population_before", "population_after", "area_km2_before", "area_km2_after", "area_basis_before", "area_basis_after", "went_to", "seat", "figures",
    ];

    /// <summary>Header of the code table.</summary>
    public static readonly string[] CodeTableHeader =
        ["level", "old_code", "old_name", "new_code", "new_name", "area_km2", "area_share", "population", "population_share", "figures"];

    /// <summary>Every unit of the new map, in map order.</summary>
    public static void WriteUnits(TextWriter writer, ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        CsvText.Line(writer, UnitsHeader);
        foreach (var unit in result.Map.Units)
        {
            var s = result.Figures.Snapshot(unit);
            CsvText.Line(writer, s.Code.Value, s.Name, s.Type.VietnameseName(), s.ParentCode?.Value, s.Population, Round(s.AreaKm2), Flag(s.Declared));
        }
    }

    /// <summary>Every affected unit, before → after.</summary>
    public static void WriteChanges(TextWriter writer, ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        CsvText.Line(writer, ChangesHeader);
        foreach (var c in result.Changes)
        {
            var (b, a) = (c.Before, c.After);
            CsvText.Line(
                writer,
                c.Code.Value,
                Level((a ?? b)!.Level),
                string.Join(' ', c.What),
                string.Join(' ', c.OperationNumbers),
                b?.Name,
                a?.Name,
                b?.Type.VietnameseName(),
                a?.Type.VietnameseName(),
                b?.ParentCode?.Value,
                a?.ParentCode?.Value,
                b?.Population,
                a?.Population,
                Round(b?.AreaKm2),
                Round(a?.AreaKm2),
                b?.AreaBasis,
                a?.AreaBasis,
                string.Join(' ', c.WentTo.Select(w => w.Value)),
                c.Seat,
                Flag(c.Declared));
        }
    }

    /// <summary>The old→new code table, communes then districts.</summary>
    public static void WriteCodeTable(TextWriter writer, ScenarioResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        CsvText.Line(writer, CodeTableHeader);
        foreach (var r in result.CodeTable)
        {
            CsvText.Line(
                writer,
                Level(r.Level),
                r.OldCode.Value,
                r.OldName,
                r.NewCode.Value,
                r.NewName,
                Round(r.AreaKm2),
                r.AreaShare is { } a ? Math.Round(a, 6) : null,
                r.Population,
                r.PopulationShare is { } p ? Math.Round(p, 6) : null,
                Flag(r.Declared));
        }
    }

    /// <summary>units.csv as text.</summary>
    public static string Units(ScenarioResult result) => Text(w => WriteUnits(w, result));

    /// <summary>changes.csv as text.</summary>
    public static string Changes(ScenarioResult result) => Text(w => WriteChanges(w, result));

    /// <summary>The code table as text.</summary>
    public static string CodeTable(ScenarioResult result) => Text(w => WriteCodeTable(w, result));

    private static string Text(Action<TextWriter> write)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    private static double? Round(double? km2) => km2 is { } v ? Math.Round(v, 4) : null;

    private static string? Flag(bool declared) => declared ? DeclaredFigure.Flag : null;

    private static string Level(UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.District => "district",
        _ => "commune",
    };
}
