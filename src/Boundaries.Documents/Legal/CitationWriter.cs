using System.Text.RegularExpressions;
using Boundaries.Core.Formatting;

namespace Boundaries.Documents.Legal;

/// <summary>
/// Writes citations in official form from the instrument catalogue, as of a document's date: an instrument not yet in force is never
/// cited; one the planner drafts ahead of is named as the draft, and a warning says so.
/// </summary>
public sealed partial class CitationWriter
{
    private readonly InstrumentCatalogue _catalogue;
    private readonly List<string> _warnings = [];
    private readonly HashSet<string> _cited = new(StringComparer.Ordinal);

    /// <summary>A writer for documents dated <paramref name="date"/>.</summary>
    public CitationWriter(InstrumentCatalogue catalogue, DateOnly date)
    {
        _catalogue = catalogue ?? throw new ArgumentNullException(nameof(catalogue));
        Date = date;
    }

    /// <summary>The documents' date.</summary>
    public DateOnly Date { get; }

    /// <summary>What the planner must know: instruments drafted ahead of, or left out because they were not in force.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The ids of every instrument cited so far, by full or short form.</summary>
    public IReadOnlyCollection<string> Cited => _cited;

    /// <summary>The instruments of a role ("luat", "tieu-chuan" …) in force on the date, in catalogue order.</summary>
    public IReadOnlyList<LegalInstrument> InForce(string role) =>
        _catalogue.Instruments.Where(i => i.Roles.Contains(role) && i.InForceOn(Date)).ToList();

    /// <summary>The instruments of a role adopted after the date that the evaluation followed ahead of adoption (by programme id).</summary>
    public IReadOnlyList<LegalInstrument> DraftedAhead(string role, string programme) =>
        _catalogue.Instruments.Where(i => i.Roles.Contains(role) && i.Programme.Length > 0 && i.Programme == programme && i.LaterThan(Date)).ToList();

    /// <summary>The full citation: "Nghị quyết số 35/2023/UBTVQH15 ngày 12 tháng 7 năm 2023 của Ủy ban Thường vụ Quốc hội về …", with the amendments in force.</summary>
    public string Full(LegalInstrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        _cited.Add(instrument.Id);
        var text = instrument.Kind switch
        {
            "Hiến pháp" => instrument.Title,
            "Luật" => Named(instrument),
            _ => $"{Named(instrument)} của {instrument.Issuer}{(instrument.Subject.Length > 0 ? " " + instrument.Subject : "")}",
        };
        return text + Amendments(instrument, ", ");
    }

    /// <summary>The draft an evaluation followed, as documents name it before adoption; records a warning.</summary>
    public string Draft(LegalInstrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        Warn($"{instrument.Kind} số {instrument.Number} ({VietnameseFormat.ShortDate((instrument.Signed ?? instrument.InForceFrom)!.Value)}) ban hành sau ngày của hồ sơ ({VietnameseFormat.ShortDate(Date)}): hồ sơ không trích dẫn văn bản này mà ghi theo \"{instrument.Draft}\"");
        return instrument.Draft;
    }

    /// <summary>A rule's citation ("NQ 35/2023/UBTVQH15 Điều 1 khoản 2 điểm a") in official form ("điểm a khoản 2 Điều 1 Nghị quyết số 35/2023/UBTVQH15"), or the draft's when adopted later.</summary>
    public string Rule(string citation)
    {
        if (string.IsNullOrWhiteSpace(citation))
        {
            return "";
        }

        var provision = Provision(citation);
        var instrument = _catalogue.FindIn(citation);
        string name;
        if (instrument is null)
        {
            name = Abbreviations(ArticleText().Replace(citation, "").Trim());
        }
        else if (instrument.LaterThan(Date))
        {
            name = instrument.Draft.Length > 0 ? Draft(instrument) : Unavailable(instrument);
        }
        else
        {
            _cited.Add(instrument.Id);
            var amendments = Amendments(instrument, "");
            name = Short(instrument) + (amendments.Length > 0 ? $" ({amendments.TrimStart(',', ' ')})" : "");
        }

        return provision.Length > 0 ? $"{provision} {name}" : name;
    }

    /// <summary>"Điều 1 khoản 2 điểm a" → "điểm a khoản 2 Điều 1": the order official texts use (point, clause, article).</summary>
    public static string Provision(string citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var article = ArticlePart().Match(citation);
        var clause = ClausePart().Match(citation);
        var point = PointPart().Match(citation);
        return string.Join(" ", new[] { point, clause, article }.Where(m => m.Success).Select(m => m.Value));
    }

    /// <summary>"Nghị quyết số 35/2023/UBTVQH15" (or "Luật số 47/2019/QH14").</summary>
    public string Short(LegalInstrument instrument)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        _cited.Add(instrument.Id);
        return instrument.Number.Length > 0 ? $"{instrument.Kind} số {instrument.Number}" : instrument.Title;
    }

    /// <summary>Records a warning for the planner.</summary>
    public void Warn(string warning)
    {
        if (!_warnings.Contains(warning))
        {
            _warnings.Add(warning);
        }
    }

    private string Unavailable(LegalInstrument instrument)
    {
        Warn($"{instrument.Kind} số {instrument.Number} ban hành sau ngày của hồ sơ ({VietnameseFormat.ShortDate(Date)}) và chưa có tên dự thảo: hồ sơ ghi là quy định dự kiến");
        return "quy định dự kiến (chưa ban hành)";
    }

    private static string Named(LegalInstrument i)
    {
        var head = i.Title.Length > 0 ? i.Title : i.Kind;
        var number = i.Number.Length > 0 ? $" số {i.Number}" : "";
        var date = i.Signed is { } d ? $" {VietnameseFormat.Date(d)}" : "";
        return head + number + date;
    }

    private string Amendments(LegalInstrument instrument, string separator)
    {
        var amendments = instrument.AmendedBy.Select(_catalogue.Find).OfType<LegalInstrument>().Where(a => a.InForceOn(Date)).ToList();
        if (amendments.Count == 0)
        {
            return "";
        }

        foreach (var a in amendments)
        {
            _cited.Add(a.Id);
        }

        var phrase = amendments[0].AmendmentPhrase.Length > 0 ? amendments[0].AmendmentPhrase : "được sửa đổi, bổ sung bởi";
        var names = amendments.Select(a => a.AmendmentPhrase.Length > 0 ? $"{a.Kind} số {a.Number}" : Named(a)).ToList();
        return (instrument.Kind == "Hiến pháp" ? " " : separator) + phrase + " " + VietnameseFormat.JoinAnd(names);
    }

    private static string Abbreviations(string text) =>
        text.Replace("NQ ", "Nghị quyết số ", StringComparison.Ordinal).Replace("NĐ ", "Nghị định số ", StringComparison.Ordinal);

    [GeneratedRegex(@"Điều \d+[a-zđ]?")]
    private static partial Regex ArticlePart();

    [GeneratedRegex(@"khoản \d+")]
    private static partial Regex ClausePart();

    [GeneratedRegex(@"điểm [a-zđ]\b")]
    private static partial Regex PointPart();

    [GeneratedRegex(@"(Điều \d+[a-zđ]?|khoản \d+|điểm [a-zđ]\b)")]
    private static partial Regex ArticleText();
}
