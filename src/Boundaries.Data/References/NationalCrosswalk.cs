using Boundaries.Data.Projects;

namespace Boundaries.Data.References;

/// <summary>The national crosswalk of 1 July 2025 (vietnam-2025/crosswalk_2025-07-01.csv.gz) as the reference layers need it: which province each old and new unit is in.</summary>
internal static class NationalCrosswalk
{
    /// <summary>The file under the bundled boundaries folder.</summary>
    public static string PathIn(string boundariesFolder) => Path.Combine(boundariesFolder, "vietnam-2025", "crosswalk_2025-07-01.csv.gz");

    /// <summary>One row: an old commune and the new unit it went into, each with its province.</summary>
    public sealed record Row(string OldCode, string OldProvinceCode, string OldProvinceName, string NewCode, string NewProvinceCode);

    /// <summary>Every row of the file, read as any crosswalk is (this one gives the province codes on both sides).</summary>
    public static IReadOnlyList<Row> Read(string boundariesFolder) =>
        CrosswalkReader.RowsWithProvinces(PathIn(boundariesFolder))
            .Select(r => new Row(r.Row.OldCode.Value, r.OldProvinceCode ?? "", r.Row.OldProvince, r.Row.NewCode.Value, r.NewProvinceCode ?? ""))
            .ToList();
}
