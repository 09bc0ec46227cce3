namespace Boundaries.Documents.Legal;

/// <summary>A legal or political instrument a dossier may cite: its number, date, issuing body, subject and period of force (templates/van-ban.json).</summary>
/// <param name="Id">The catalogue id ("nq35-2023").</param>
/// <param name="Kind">"Hiến pháp", "Luật", "Nghị quyết", "Nghị định", "Kết luận".</param>
/// <param name="Title">The name of a law or constitution ("Luật Tổ chức chính quyền địa phương"), else empty.</param>
/// <param name="Number">The number and symbol ("35/2023/UBTVQH15"), or empty.</param>
/// <param name="Signed">The date it was signed or passed; null when it is cited without a date.</param>
/// <param name="Issuer">The issuing body ("Ủy ban Thường vụ Quốc hội").</param>
/// <param name="Subject">What it is about, with its leading word ("về việc sắp xếp …", "hướng dẫn việc …"), or empty.</param>
/// <param name="InForceFrom">The first day in force; null when always cited.</param>
/// <param name="InForceTo">The last day in force; null while in force.</param>
/// <param name="Roles">The places of a dossier's bases it fills ("luat", "tieu-chuan", "sap-xep", "lay-y-kien", "chinh-tri", "hien-phap", "phan-loai").</param>
/// <param name="AmendedBy">Ids of the instruments that amend it.</param>
/// <param name="AmendmentPhrase">How a document names it as an amendment ("đã được sửa đổi, bổ sung một số điều theo"), or empty for "được sửa đổi, bổ sung bởi".</param>
/// <param name="Programme">The id of the arrangement programme of the standards catalogue it enacts, or empty.</param>
/// <param name="Draft">How a document written before its adoption names it ("dự thảo Nghị quyết …"), or empty.</param>
/// <param name="Unconfirmed">True when its date or title has not been checked against the official text.</param>
/// <param name="Sources">Where its number, date and title come from.</param>
public sealed record LegalInstrument(
    string Id,
    string Kind,
    string Title,
    string Number,
    DateOnly? Signed,
    string Issuer,
    string Subject,
    DateOnly? InForceFrom,
    DateOnly? InForceTo,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> AmendedBy,
    string AmendmentPhrase,
    string Programme,
    string Draft,
    bool Unconfirmed,
    IReadOnlyList<string> Sources)
{
    /// <summary>Whether it is in force on <paramref name="date"/>.</summary>
    public bool InForceOn(DateOnly date) => (InForceFrom is not { } from || from <= date) && (InForceTo is not { } to || date <= to);

    /// <summary>Whether it did not exist yet on <paramref name="date"/>.</summary>
    public bool LaterThan(DateOnly date) => (Signed ?? InForceFrom) is { } first && first > date;
}
