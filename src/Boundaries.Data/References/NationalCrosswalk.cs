using Boundaries.Data.Import.Csv;

namespace Boundaries.Data.References;

/// <summary>The national crosswalk of 1 July 2025 (vietnam-2025/crosswalk_2025-07-01.csv.gz) as the reference layers need it: which province each old and new unit is in.</summary>
internal static class NationalCrosswalk
{
    /// <summary>One row: an old commune and the new unit it went into, each with its province.</summary>
    public sealed record Row(string OldCode, string OldProvinceCode, string OldProvinceName, string NewCode, string NewProvinceCode);

    /// <summary>The file under the bundled boundaries folder.</summary>
    public static string PathIn(string boundariesFolder) => Path.Combine(boundariesFolder, "vietnam-2025", "crosswalk_2025-07-01.csv.gz");

    /// <summary>Every row of the file.</summary>
    public static IReadOnlyList<Row> Read(string boundariesFolder)
    {
        var table = CsvTable.Read(PathIn(boundariesFolder));
        var oldCode = table.RequireColumn("old_code", "the old unit's code");
        var oldProvince = table.RequireColumn("old_province_code", "the old province's code");
        var oldProvinceName = table.RequireColumn("old_province_name", "the old province's name");
        var newCode = table.RequireColumn("new_code", "the new unit's code");
        var newProvince = table.RequireColumn("new_province_code", "the new province's code");
        return table.Rows.Where(r => !r.IsBlank)
            .Select(r => new Row(r[oldCode] ?? "", r[oldProvince] ?? "", r[oldProvinceName] ?? "", r[newCode] ?? "", r[newProvince] ?? ""))
            .ToList();
    }
}
