using System.Globalization;
using System.Text.RegularExpressions;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;

namespace Boundaries.Cli.Maps;

/// <summary>The words printed on a map sheet: title, subtitle, source lines and the date line, in Vietnamese.</summary>
internal static partial class MapSheetText
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TỈNH TRÀ VINH", or of one district, or of a scenario.</summary>
    public static string Title(AdminMap map, UnitCode? district, bool scenario)
    {
        var province = map.Provinces.FirstOrDefault()?.FullName;
        var place = district is { } d ? $"{map[d].FullName}{(province is null ? "" : $", {province}")}" : province ?? "";
        var what = scenario ? "PHƯƠNG ÁN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ" : "BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ";
        return $"{what} {place.ToUpper(Vi)}".Trim();
    }

    /// <summary>The standards applied and how many communes of the area must be arranged.</summary>
    public static string? Subtitle(MapEvaluation? evaluation, AdminMap map, UnitCode? district, string? scenarioTitle)
    {
        var parts = new List<string>();
        if (scenarioTitle is not null)
        {
            parts.Add(scenarioTitle);
        }

        if (evaluation is not null)
        {
            var selection = evaluation.Selection;
            var programme = selection.Programme is { } p ? $"; sắp xếp: {p.Programme.Title}" : "";
            parts.Add($"Tiêu chuẩn: {selection.Regime.Title}{programme}");
            var communes = evaluation.AtLevel(UnitLevel.Commune).Where(a => district is null || a.Unit.ParentCode == district).ToList();
            var where = district is { } d ? $" của {map[d].FullName}" : "";
            parts.Add(string.Create(Vi, $"{communes.Count(a => a.MustArrange == true):00}/{communes.Count:00} đơn vị hành chính cấp xã{where} thuộc diện sắp xếp"));
        }

        return parts.Count == 0 ? null : string.Join(". ", parts) + ".";
    }

    /// <summary>The project's provenance lines that name a source and its vintage (not the per-file read counts).</summary>
    public static IReadOnlyList<string> Sources(IReadOnlyList<string> provenance, string? scenarioFile) =>
        provenance.Where(line => !FileSummary().IsMatch(line))
            .Concat(scenarioFile is null ? [] : [$"Phương án: {Path.GetFileName(scenarioFile)}"])
            .ToList();

    /// <summary>"Đánh giá theo quy định có hiệu lực ngày 13/06/2023 · Lập ngày 26/11/2026 bằng Boundaries 1.0.0".</summary>
    public static string DateLine(DateOnly? asOf) =>
        (asOf is { } d ? $"Đánh giá theo quy định có hiệu lực ngày {d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} · " : "")
        + $"Lập ngày {DateTime.Today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} bằng Boundaries {Data.Projects.ProjectBuilder.ToolVersion}";

    // "units_gso_2023-04-10.csv: units, 106 features, CSV" and "unit-facts.csv: sourced per-unit facts" repeat the sources above them.
    [GeneratedRegex(@"^[^:]+: (\w+, \d+ features|sourced per-unit facts)", RegexOptions.CultureInvariant)]
    private static partial Regex FileSummary();
}
