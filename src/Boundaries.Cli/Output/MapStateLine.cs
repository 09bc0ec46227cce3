namespace Boundaries.Cli.Output;

/// <summary>The line that says which state of the map a result is on: the baseline and the dated changes applied or not yet in force.</summary>
internal static class MapStateLine
{
    /// <summary>Null when the project has no dated changes (the map is its baseline, nothing to say).</summary>
    public static string? Of(MapOnDate state, DateOnly? baseline)
    {
        if (state.Applied.Count == 0 && state.Later.Count == 0)
        {
            return null;
        }

        var since = baseline is { } b ? $"hiện trạng ngày {VietnameseFormat.ShortDate(b)}" : "hiện trạng của bộ dữ liệu";
        var applied = state.Applied.Count == 0
            ? "chưa có thay đổi nào có hiệu lực"
            : $"{VietnameseFormat.TwoDigits(state.Applied.Count)} thay đổi có hiệu lực: {string.Join("; ", state.Applied.Select(Describe))}";
        var later = state.Later.Count == 0 ? "" : $"; chưa áp dụng: {string.Join("; ", state.Later.Select(Describe))}";
        return $"Bản đồ ngày {VietnameseFormat.ShortDate(state.Date)}: {since} và {applied}{later}";
    }

    /// <summary>"Nghị quyết số 30/2026/QH16, … (từ 30/04/2026)".</summary>
    public static string Describe(Scenario change) =>
        $"{string.Join(", ", change.LegalBasis.Select(l => l.Instrument))} (từ {VietnameseFormat.ShortDate(change.EffectiveDate!.Value)})";
}
