using System.Text;
using Boundaries.Core.Consultation;
using Boundaries.Core.Formatting;
using Boundaries.Documents.Model;

namespace Boundaries.Documents.Hearing;

/// <summary>The public hearing page (trang công khai lấy ý kiến cử tri): one self-contained HTML file a commune posts on its portal or opens from a USB stick.</summary>
/// <remarks>
/// Everything is inside the file: the two maps as inline SVG with a few lines of pan and zoom, the style and the text;
/// it makes no request to any address. The figures are the dossier's (<see cref="DossierModel.Figures"/>: official
/// figures first, rounded once). Printed on A4 (print style) and readable on a phone (one column below 720 px).
/// </remarks>
public static class HearingPage
{
    /// <summary>The page of <paramref name="model"/>'s proposal, with the consultation announced in <paramref name="notice"/> and the maps before and after.</summary>
    public static string Render(DossierModel model, ConsultationNotice notice, HearingMaps maps)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(maps);
        var organiser = notice.Organiser ?? model.Document.IssuingBody;
        var html = new StringBuilder();
        html.Append($"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Lấy ý kiến về {E(model.Subject)}</title>
            <style>
            {Asset("hearing.css")}</style>
            </head>
            <body>
            <main>
            <header>
            <p class="organiser">{E(organiser)}</p>
            <h1>THÔNG BÁO LẤY Ý KIẾN {(model.Legal.TwoTier ? "HỘ GIA ĐÌNH" : "CỬ TRI")}</h1>
            <p class="subject">Về {E(model.Subject)}</p>
            </header>

            """);
        Section(html, "noi-dung", "1. Nội dung lấy ý kiến", Paragraphs(HearingText.Proposal(model)));
        Section(html, "ly-do", "2. Lý do", Paragraphs(HearingText.Reasons(model)) + Paragraph(StandardsLine(model)));
        Section(html, "ban-do", "3. Bản đồ trước và sau khi sắp xếp", $"""
            <div class="maps">
            {Map("ban-do-truoc", "Hiện trạng (trước sắp xếp)", maps.Before)}
            {Map("ban-do-sau", "Phương án (sau sắp xếp)", maps.After)}
            </div>
            <p class="hint">Lăn chuột hoặc dùng hai ngón tay để phóng to, thu nhỏ; kéo để di chuyển bản đồ.</p>
            """);
        Section(html, "so-lieu", "4. Diện tích, dân số trước và sau khi sắp xếp", FigureTable(model));
        Section(html, "thoi-gian-dia-diem", "5. Thời gian, địa điểm lấy ý kiến", Paragraph(HearingText.When(notice)) + Places(notice));
        Section(html, "cach-lay-y-kien", "6. Cách lấy ý kiến", Paragraphs(HearingText.HowToVote(model)));
        html.Append($"""
            <footer>
            <p>{E(model.Document.PlaceAndDate)}. Số liệu diện tích, dân số là số liệu của hồ sơ đề án; bản đồ chỉ để minh họa, ranh giới được đơn giản hóa khi hiển thị.</p>
            </footer>
            </main>
            <script>
            {Asset("hearing.js")}</script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static string StandardsLine(DossierModel model)
    {
        var standard = model.Before.Select(u => u.Standard).FirstOrDefault(s => s is not null);
        var basis = model.Standards.RegimeTitle;
        return standard is null
            ? $"Tiêu chuẩn áp dụng: {basis}."
            : $"Tiêu chuẩn của {standard.Name}: diện tích tự nhiên {VietnameseFormat.Km2(standard.MinAreaKm2)} km², quy mô dân số {VietnameseFormat.People((long)standard.MinPopulation)} người ({standard.Citation}).";
    }

    private static string FigureTable(DossierModel model)
    {
        var rows = new StringBuilder();
        foreach (var (unit, after) in model.Before.Where(u => u.Level == "commune").Select(u => (u, false))
                     .Concat(model.Plan.Where(p => p.After.Level == "commune").Select(p => (p.After, true))))
        {
            rows.Append($"""
                <tr class="{(after ? "after" : "before")}"><td>{E(unit.Name)}</td><td>{(after ? "Sau" : "Trước")}</td><td class="n">{VietnameseFormat.Km2(unit.AreaKm2)}</td><td class="n">{VietnameseFormat.Percent(unit.AreaPercent)}</td><td class="n">{VietnameseFormat.People(unit.Population)}</td><td class="n">{VietnameseFormat.Percent(unit.PopulationPercent)}</td></tr>

                """);
        }

        return $"""
            <div class="table-box">
            <table id="bang-so-lieu">
            <thead><tr><th scope="col">Đơn vị hành chính</th><th scope="col">Thời điểm</th><th scope="col">Diện tích tự nhiên (km²)</th><th scope="col">So với tiêu chuẩn</th><th scope="col">Quy mô dân số (người)</th><th scope="col">So với tiêu chuẩn</th></tr></thead>
            <tbody>
            {rows}</tbody>
            </table>
            </div>
            """;
    }

    private static string Places(ConsultationNotice notice)
    {
        var items = notice.Places.Select(p => $"<li><strong>{E(p.Unit)}</strong>: {E(p.Place)}{(p.Hours is null ? "" : $" ({E(p.Hours)})")}</li>").ToList();
        var list = items.Count == 0
            ? Paragraph("Địa điểm nhận phiếu sẽ được Ủy ban nhân dân cấp xã thông báo.")
            : $"<ul class=\"places\">\n{string.Join("\n", items)}\n</ul>\n";
        return list + (notice.Contact is { } contact ? Paragraph($"Mọi thắc mắc xin liên hệ: {contact}.") : "");
    }

    private static string Map(string id, string caption, string svg) => $"""
        <figure id="{id}">
        <figcaption>{E(caption)}</figcaption>
        <div class="map-view">{InlineSvg.From(svg, caption, id + "-")}</div>
        <div class="zoom"><button type="button" data-zoom="in" aria-label="Phóng to bản đồ">+</button><button type="button" data-zoom="out" aria-label="Thu nhỏ bản đồ">−</button><button type="button" data-zoom="reset" aria-label="Xem toàn bộ bản đồ">Toàn bộ</button></div>
        </figure>
        """;

    private static void Section(StringBuilder html, string id, string heading, string body) =>
        html.Append($"<section id=\"{id}\">\n<h2>{E(heading)}</h2>\n{body}</section>\n");

    private static string Paragraphs(IEnumerable<string> lines) => string.Concat(lines.Select(Paragraph));

    private static string Paragraph(string text) => $"<p>{E(text)}</p>\n";

    private static string E(string text) => HtmlText.Escape(text);

    private static string Asset(string name)
    {
        using var stream = typeof(HearingPage).Assembly.GetManifestResourceStream("hearing/" + name)
            ?? throw new InvalidOperationException($"The page asset {name} is not embedded in Boundaries.Documents.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
