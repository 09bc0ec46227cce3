using Boundaries.Data.Import.Csv;

namespace Boundaries.Data.Projects;

/// <summary>Reads a crosswalk CSV (old_code, old_name, old_province_name, new_code, new_name, type; optional old_province_code and new_province_code) into a <see cref="CodeCrosswalk"/>.</summary>
internal static class CrosswalkReader
{
    /// <summary>Reads the rows whose new unit is in <paramref name="map"/> (all of them for a whole-country import); a bad row stops the read with its line.</summary>
    public static CodeCrosswalk Read(string path, string source, AdminMap map, DateOnly? newBaseline) =>
        new(Rows(path).Where(r => map.Find(r.NewCode) is not null), newBaseline, source);

    /// <summary>Every row of the file; a bad row stops the read with its line.</summary>
    /// <exception cref="InputDataException">A column is missing, or a row lacks a code or a type full or partial.</exception>
    public static IReadOnlyList<CrosswalkRow> Rows(string path) => RowsWithProvinces(path).Select(r => r.Row).ToList();

    /// <summary>Every row with the province codes on both sides, when the file gives them (the national crosswalk does).</summary>
    /// <exception cref="InputDataException">A column is missing, or a row lacks a code or a type full or partial.</exception>
    public static IReadOnlyList<(CrosswalkRow Row, string? OldProvinceCode, string? NewProvinceCode)> RowsWithProvinces(string path)
    {
        var table = CsvTable.Read(path);
        var c = table.RequireColumns("a crosswalk", "old_code", "old_name", "old_province_name", "new_code", "new_name", "type");
        var oldProvinceCode = table.ColumnIndex("old_province_code");
        var newProvinceCode = table.ColumnIndex("new_province_code");
        var rows = new List<(CrosswalkRow, string?, string?)>();
        foreach (var row in table.Rows.Where(r => !r.IsBlank))
        {
            if (row[c["old_code"]] is not { } old || row[c["new_code"]] is not { } code || row[c["type"]] is not ("full" or "partial"))
            {
                throw new InputDataException(path, $"line {row.Line}: a crosswalk row needs old_code, new_code and type full or partial");
            }

            rows.Add((new CrosswalkRow(old, row[c["old_name"]] ?? old, row[c["old_province_name"]] ?? "", code, row[c["new_name"]] ?? code,
                row[c["type"]] == "full" ? CrosswalkShare.Full : CrosswalkShare.Partial), row[oldProvinceCode], row[newProvinceCode]));
        }

        return rows;
    }
}
