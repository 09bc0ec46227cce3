namespace Boundaries.Core.Evaluation;

/// <summary>The count of units subject to arrangement at one level, with the line a report prints ("06/106 đơn vị hành chính cấp xã thuộc diện sắp xếp").</summary>
/// <param name="Level">The level counted.</param>
/// <param name="Total">Units of the level.</param>
/// <param name="MustArrange">Units subject to arrangement.</param>
/// <param name="Exempt">Of those, units with a recorded exemption ground.</param>
/// <param name="InsufficientData">Units that could not be assessed for lack of area or population.</param>
/// <param name="ReliesOnUnconfirmed">Units whose assessment relies on an unconfirmed rule.</param>
/// <param name="Text">The summary line in Vietnamese.</param>
public sealed record EvaluationSummary(UnitLevel Level, int Total, int MustArrange, int Exempt, int InsufficientData, int ReliesOnUnconfirmed, string Text)
{
    /// <summary>The summary of one level of an evaluation.</summary>
    public static EvaluationSummary Of(MapEvaluation evaluation, UnitLevel level)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var units = evaluation.AtLevel(level).ToList();
        var mustArrange = units.Count(a => a.MustArrange == true);
        var exempt = units.Count(a => a.MustArrange == true && a.Exempt);
        var insufficient = units.Count(a => a.InsufficientData);
        var unconfirmed = units.Count(a => a.ReliesOnUnconfirmed);
        var levelName = level.VietnameseName();

        // With no arrangement programme in force (since 01/01/2026), a unit below either standard is what the planner looks for (legal facts §7.5).
        var below = units.Count(a => a.MeetsStandard == false);
        var noStandard = units.Count(a => a.Standard is null && !a.InsufficientData);
        var text = evaluation.Selection.Programme is null
            ? Invariant.Text($"{below:00}/{units.Count:00} đơn vị hành chính {levelName} chưa đạt tiêu chuẩn ({evaluation.Selection.Regime.Basis.Instrument}); không có chương trình sắp xếp nào áp dụng ngày {evaluation.AsOf.Day:00}/{evaluation.AsOf.Month:00}/{evaluation.AsOf.Year}")
            : Invariant.Text($"{mustArrange:00}/{units.Count:00} đơn vị hành chính {levelName} thuộc diện sắp xếp");
        if (noStandard > 0)
        {
            text += Invariant.Text($"; {noStandard:00} đơn vị chưa có tiêu chuẩn để đánh giá");
        }
        if (exempt > 0)
        {
            text += Invariant.Text($", trong đó {exempt:00} đơn vị có căn cứ không bắt buộc sắp xếp");
        }

        if (insufficient > 0)
        {
            text += Invariant.Text($"; {insufficient:00} đơn vị chưa đủ số liệu để đánh giá");
        }

        var doubtful = units.Count(a => a.RestsOnDoubtfulFigure && (a.MustArrange == true || a.MeetsStandard == false));
        if (doubtful > 0)
        {
            text += Invariant.Text($"; {doubtful:00} kết quả dựa trên số liệu có dấu hiệu sai lệch (xem cột doubts)");
        }

        if (unconfirmed > 0)
        {
            text += Invariant.Text($" (có {unconfirmed:00} đơn vị đánh giá theo quy định chưa được xác nhận)");
        }

        return new EvaluationSummary(level, units.Count, mustArrange, exempt, insufficient, unconfirmed, text);
    }

    /// <summary>The summaries of the commune and district levels, in that order; a map without districts (two-tier, since 01/07/2025) has only the commune level.</summary>
    public static IReadOnlyList<EvaluationSummary> ForCommunesAndDistricts(MapEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return evaluation.AtLevel(UnitLevel.District).Any()
            ? [Of(evaluation, UnitLevel.Commune), Of(evaluation, UnitLevel.District)]
            : [Of(evaluation, UnitLevel.Commune), Of(evaluation, UnitLevel.Province)];
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
