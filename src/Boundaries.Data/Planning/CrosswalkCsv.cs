using System.Globalization;
using Boundaries.Core.Planning;
using Boundaries.Data.Import.Csv;

namespace Boundaries.Data.Planning;

/// <summary>Reads a crosswalk between unit lists (columns old_code, old_name, old_province_name, new_code, new_name, type = full|partial) and declared new units.</summary>
/// <remarks>The columns are those of the 2025 national crosswalk (data/boundaries/tra-vinh/crosswalk-2025.csv is its Trà Vinh part).</remarks>
public static class CrosswalkCsv
{
    /// <summary>The rows of a crosswalk file (the reader of the project's crosswalk, every row).</summary>
    /// <exception cref="InputDataException">A column is missing or a row is malformed; the message names the file and the row.</exception>
    public static IReadOnlyList<CrosswalkRow> Read(string path) => Projects.CrosswalkReader.Rows(path);

    /// <summary>The declared new units (columns code, name, type, area_km2, population, optional population_flag).</summary>
    public static IReadOnlyList<DeclaredUnit> ReadDeclared(string path, string source)
    {
        var table = CsvTable.Read(path);
        var code = table.RequireColumn("code", "the unit's code");
        var name = table.RequireColumn("name", "the unit's name");
        var type = table.RequireColumn("type", "the unit's type");
        var area = table.RequireColumn("area_km2", "the declared area");
        var population = table.RequireColumn("population", "the declared population");
        var flag = table.ColumnIndex("population_flag");
        return table.Rows.Where(r => !r.IsBlank).Select((r, i) => new DeclaredUnit(
            Code(path, r[code], i), r[name] ?? "",
            UnitTypes.TryParse(r[type], out var t) ? t : throw new InputDataException(path, $"row {i + 2}: unknown unit type '{r[type]}'"),
            double.TryParse(r[area], NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? a : throw new InputDataException(path, $"row {i + 2}: area_km2 '{r[area]}' is not a number"),
            long.TryParse(r[population], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : throw new InputDataException(path, $"row {i + 2}: population '{r[population]}' is not a whole number"),
            string.IsNullOrWhiteSpace(r[flag]) ? null : r[flag], source)).ToList();
    }

    private static UnitCode Code(string path, string? text, int row) =>
        string.IsNullOrWhiteSpace(text) ? throw new InputDataException(path, $"row {row + 2}: empty code") : new UnitCode(text);
}
