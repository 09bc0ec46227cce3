using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>The regime and programme period an evaluation uses, and why.</summary>
/// <param name="Regime">The standards regime.</param>
/// <param name="Programme">The arrangement programme period, or null when none covers the date.</param>
/// <param name="Notes">How they were chosen, and caveats such as a programme adopted after the date.</param>
public sealed record StandardsSelection(Regime Regime, ProgrammePeriod? Programme, IReadOnlyList<string> Notes)
{
    /// <summary>Chooses the regime in force and the programme period covering the date, unless the options name them.</summary>
    /// <exception cref="ArgumentException">A named id is not in the catalogue, or no regime is in force on the date.</exception>
    public static StandardsSelection For(StandardsCatalogue catalogue, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var date = options.AsOf.Iso();
        var vnDate = Vn(options.AsOf);

        ProgrammePeriod? programme = null;
        if (options.ProgrammeId is { } programmeId)
        {
            programme = catalogue.FindPeriod(programmeId, options.AsOf) ?? throw new ArgumentException(
                $"No arrangement programme '{programmeId}' in the standards catalogue; known: {string.Join(", ", catalogue.ProgrammeIds)}.",
                nameof(options));
            notes.Add($"Chương trình sắp xếp được chỉ định: {programmeId} → {programme.Period.Id}.");
            if (!programme.Period.Contains(options.AsOf))
            {
                notes.Add($"Giai đoạn {programme.Period.Id} không bao gồm ngày {vnDate}; các tiêu chí của giai đoạn này được áp dụng theo chỉ định.");
            }
        }

        Regime regime;
        if (options.RegimeId is { } regimeId)
        {
            regime = catalogue.FindRegime(regimeId) ?? throw new ArgumentException(
                $"No standards regime '{regimeId}' in the standards catalogue; known: {string.Join(", ", catalogue.Regimes.Select(r => r.Id))}.",
                nameof(options));
            notes.Add($"Tiêu chuẩn được chỉ định: {regime.Id} ({regime.Title}).");
        }
        else if (catalogue.RegimeOn(options.AsOf) is { } inForce)
        {
            regime = inForce;
            notes.Add($"Tiêu chuẩn có hiệu lực ngày {vnDate}: {regime.Title}.");
        }
        else if (options.ProgrammeId is not null && programme is not null && catalogue.FindRegime(programme.Programme.StandardsRegimeId) is { } ofProgramme)
        {
            regime = ofProgramme;
            notes.Add($"Danh mục không có tiêu chuẩn có hiệu lực ngày {vnDate}; áp dụng tiêu chuẩn mà {programme.Programme.Basis.Instrument} dẫn chiếu ({regime.Title}).");
        }
        else
        {
            throw new ArgumentException(
                $"No standards regime in force on {date} in the standards catalogue; known: " +
                string.Join(", ", catalogue.Regimes.Select(r => $"{r.Id} ({r.EffectiveFrom.Iso()}–{r.EffectiveTo?.Iso()})")) + ".",
                nameof(options));
        }

        if (options.ProgrammeId is null)
        {
            programme = ProgrammeOn(catalogue, regime, options.AsOf, notes);
        }

        if (programme is not null)
        {
            if (programme.Programme.StandardsRegimeId != regime.Id)
            {
                notes.Add($"{programme.Programme.Basis.Instrument} đánh giá theo tiêu chuẩn {programme.Programme.StandardsRegimeId}, nhưng đang áp dụng {regime.Id}.");
            }

            if (options.AsOf < programme.Programme.Adopted)
            {
                notes.Add($"{programme.Programme.Basis.Instrument} được thông qua ngày {Vn(programme.Programme.Adopted)}, sau ngày {vnDate}; " +
                          $"áp dụng các tiêu chí giai đoạn {programme.Period.From.Year}–{programme.Period.To.Year} của nghị quyết này.");
            }
        }

        return new StandardsSelection(regime, programme, notes);
    }

    // A programme period applies by date only when it measures units against the regime in force: NQ 35/2023's
    // 2026–2030 rows were written for huyện and xã under NQ 1211/2016 as amended by NQ 27/2022, which NQ 112/2025
    // replaced on 01/01/2026 (legal facts §7.5). Named with --programme, any period still applies as a preset.
    private static ProgrammePeriod? ProgrammeOn(StandardsCatalogue catalogue, Regime regime, DateOnly asOf, List<string> notes)
    {
        var covering = catalogue.PeriodsOn(asOf);
        var programme = covering.FirstOrDefault(p => p.Programme.StandardsRegimeId == regime.Id);
        foreach (var other in covering.Where(p => p.Programme.StandardsRegimeId != regime.Id))
        {
            notes.Add($"{other.Programme.Basis.Instrument} ({other.Period.Id}) đánh giá theo tiêu chuẩn {other.Programme.StandardsRegimeId}, không phải tiêu chuẩn đang có hiệu lực ({regime.Id}): " +
                      "không áp dụng (dùng --programme để áp dụng các tiêu chí này như một phương án tham khảo).");
        }

        notes.Add(programme is null
            ? $"Không có chương trình sắp xếp nào áp dụng ngày {Vn(asOf)}: không xác định đơn vị thuộc diện sắp xếp; đơn vị có diện tích hoặc dân số dưới 100 % tiêu chuẩn được ghi là chưa đạt tiêu chuẩn."
            : $"Chương trình sắp xếp áp dụng ngày {Vn(asOf)}: {programme.Programme.Basis.Instrument}, giai đoạn {programme.Period.From.Year}–{programme.Period.To.Year}.");
        return programme;
    }

    private static string Vn(DateOnly date) => date.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
