using Boundaries.Core.Consultation;

namespace Boundaries.Web.Downloads;

/// <summary>
/// The consultation notice of the hearing page, from the query the page's form sends: <c>?organiser=…&amp;from=2026-12-10&amp;to=2026-12-20&amp;place=Xã A; Nhà văn hóa ấp 1; 7 giờ 30–11 giờ&amp;contact=…</c>
/// (a place per <c>place</c>: the unit, the place and, if given, the hours, separated by semicolons).
/// </summary>
/// <param name="Organiser">Who organises the consultation.</param>
/// <param name="From">First day.</param>
/// <param name="To">Last day.</param>
/// <param name="Place">The places, one per value.</param>
/// <param name="Contact">Where to ask.</param>
public sealed record NoticeQuery(string? Organiser, DateOnly? From, DateOnly? To, string[]? Place, string? Contact)
{
    /// <summary>The notice; nothing given is <see cref="ConsultationNotice.None"/>, days out of order or a place without its unit is a 400 problem in Vietnamese.</summary>
    public ConsultationNotice ToNotice()
    {
        if (From is { } from && To is { } to && from > to)
        {
            throw Bad($"Ngày bắt đầu lấy ý kiến ({from:dd/MM/yyyy}) sau ngày kết thúc ({to:dd/MM/yyyy}).");
        }

        var places = (Place ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(ToPlace).ToList();
        return new ConsultationNotice
        {
            Organiser = Text(Organiser),
            From = From,
            To = To,
            Places = places,
            Contact = Text(Contact),
        };
    }

    private static ConsultationPlace ToPlace(string text)
    {
        var parts = text.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw Bad($"Địa điểm \"{text.Trim()}\" cần ghi: tên đơn vị; địa điểm; thời gian (nếu có).");
        }

        return new ConsultationPlace(parts[0], parts[1], parts.Length > 2 && parts[2].Length > 0 ? string.Join("; ", parts[2..]) : null);
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static PlannerProblem Bad(string detail) =>
        new(StatusCodes.Status400BadRequest, "notice-invalid", "Thông báo lấy ý kiến không hợp lệ", detail);
}
