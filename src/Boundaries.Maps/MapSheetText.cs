using System.Globalization;
using System.Text.RegularExpressions;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Formatting;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Units;

namespace Boundaries.Maps;

/// <summary>The words printed on a map sheet: title, subtitle, source lines and the date line, in Vietnamese; the same for the command line and the web planner.</summary>
public static partial class MapSheetText
{
    private static CultureInfo Vi => VietnameseFormat.Culture;

    /// <summary>"BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TỈNH TRÀ VINH", or of one district, or of a scenario.</summary>
    /// <param name="map">The map drawn.</param>
    /// <param name="district">The district the sheet shows, or null for the whole province.</param>
    /// <param name="scenario">Whether the sheet shows a scenario.</param>
    /// <param name="datasetName">The place named when the map has no province.</param>
    /// <param name="area">A part of the map in words (<see cref="MapArea.Place"/>), or null.</param>
    public static string Title(AdminMap map, UnitCode? district, bool scenario, string? datasetName = null, string? area = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        var province = map.Provinces.FirstOrDefault()?.FullName;
        var within = area is null ? district is { } d ? map[d].FullName : null : area;
        var place = within is null ? province ?? datasetName ?? "" : $"{within}{(province is null ? "" : $", {province}")}";
        var what = scenario ? "PHƯƠNG ÁN SẮP XẾP ĐƠN VỊ HÀNH CHÍNH CẤP XÃ" : "BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ";
        return $"{what} {place.ToUpper(Vi)}".Trim();
    }

    /// <summary>The standards applied and how many communes of the area must be arranged.</summary>
    public static string? Subtitle(MapEvaluation? evaluation, AdminMap map, UnitCode? district, string? scenarioTitle)
    {
        ArgumentNullException.ThrowIfNull(map);
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

    /// <summary>Beyond this many changed communes the legend gives their count only: a whole-province plan's lines would run off the sheet.</summary>
    public const int MaxNotedChanges = 12;

    /// <summary>One line per commune a scenario changed: "Phường 3: 0,17 → 1,47 km²; 3.499 → 19.112 người", "Phường 2: nhập vào Phường 3"; only their count beyond <see cref="MaxNotedChanges"/>.</summary>
    public static IReadOnlyList<string> ScenarioNotes(ScenarioResult? result)
    {
        if (result is null)
        {
            return [];
        }

        var map = result.Map;
        var lines = new List<string>();
        foreach (var change in result.Changes.Where(c => (c.After ?? c.Before)!.Level == UnitLevel.Commune))
        {
            if (change.After is null)
            {
                var into = string.Join(", ", change.WentTo.Select(c => map.Find(c)?.FullName ?? c.Value));
                lines.Add($"{change.Before!.Name}: nhập vào {into}");
                continue;
            }

            var b = change.Before;
            var area = $"{Km2(b?.AreaKm2)} → {Km2(change.After.AreaKm2)} km²";
            var people = $"{People(b?.Population)} → {People(change.After.Population)} người";
            lines.Add($"{change.After.Name}: {area}; {people}{(change.Declared ? " (số liệu công bố)" : "")}");
        }

        if (lines.Count > MaxNotedChanges)
        {
            var formed = result.Changes.Count(c => c.After is { Level: UnitLevel.Commune });
            var ceased = result.Changes.Count(c => c.After is null && c.Before is { Level: UnitLevel.Commune });
            return [string.Create(Vi, $"Phương án thay đổi {formed:00} đơn vị hành chính cấp xã và chấm dứt {ceased:00} đơn vị; số liệu từng đơn vị trong bảng thay đổi của phương án.")];
        }

        return lines.Count == 0 ? [] : ["Thay đổi theo phương án: " + string.Join("; ", lines) + "."];
    }

    private static string Km2(double? km2) => km2 is { } v ? v.ToString("N2", Vi) : "—";

    private static string People(long? people) => people is { } v ? v.ToString("N0", Vi) : "—";

    /// <summary>The project's provenance lines that name a source and its vintage (not the per-file read counts).</summary>
    public static IReadOnlyList<string> Sources(IReadOnlyList<string> provenance, string? scenarioFile)
    {
        ArgumentNullException.ThrowIfNull(provenance);
        return provenance.Where(line => !FileSummary().IsMatch(line))
            .Concat(scenarioFile is null ? [] : [$"Phương án: {Path.GetFileName(scenarioFile)}"])
            .ToList();
    }

    /// <summary>"Đánh giá theo quy định có hiệu lực ngày 13/06/2023 · Lập ngày 26/11/2026 bằng Boundaries 1.0.0".</summary>
    public static string DateLine(DateOnly? asOf, DateOnly madeOn, string toolVersion) =>
        (asOf is { } d ? $"Đánh giá theo quy định có hiệu lực ngày {VietnameseFormat.ShortDate(d)} · " : "")
        + $"Lập ngày {VietnameseFormat.ShortDate(madeOn)} bằng Boundaries {toolVersion}";

    // "units_gso_2023-04-10.csv: units, 106 features, CSV" and "unit-facts.csv: sourced per-unit facts" repeat the sources above them.
    [GeneratedRegex(@"^[^:]+: (\w+, \d+ features|sourced per-unit facts)", RegexOptions.CultureInvariant)]
    private static partial Regex FileSummary();
}
