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
        var c = table.RequireColumns("a list of declared units", "code", "name", "type", "area_km2", "population");
        var flag = table.ColumnIndex("population_flag");
        return table.Rows.Select(r => new DeclaredUnit(
            r[c["code"]] is { } code ? new UnitCode(code) : throw new InputDataException(path, $"line {r.Line}: empty code"),
            r[c["name"]] ?? "",
            UnitTypes.TryParse(r[c["type"]], out var t) ? t : throw new InputDataException(path, $"line {r.Line}: unknown unit type '{r[c["type"]]}'"),
            double.TryParse(r[c["area_km2"]], NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? a : throw new InputDataException(path, $"line {r.Line}: area_km2 '{r[c["area_km2"]]}' is not a number"),
            long.TryParse(r[c["population"]], NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : throw new InputDataException(path, $"line {r.Line}: population '{r[c["population"]]}' is not a whole number"),
            r[flag], source)).ToList();
    }
}
