namespace Boundaries.Documents.Legal;

/// <summary>The bases a dossier cites, as of its date, every text generated from the instrument catalogue (templates see <c>model.legal</c>).</summary>
/// <param name="TwoTier">True from 01/07/2025 (Luật 72/2025/QH15): no district level; the đề án follows NQ 112/2025 Điều 8.</param>
/// <param name="Constitution">The constitution as cited ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam").</param>
/// <param name="Political">The Party documents in force (full citations).</param>
/// <param name="Laws">The law on local government in force, with its amendments.</param>
/// <param name="Standards">The resolutions of standards in force.</param>
/// <param name="Programme">The arrangement programme in force, or the draft it follows; empty when none.</param>
/// <param name="ProgrammeIsDraft">True when <paramref name="Programme"/> names a draft adopted after the documents' date.</param>
/// <param name="Consultation">The decree on consultation in force.</param>
/// <param name="Classification">The decree on classification in force, if any.</param>
/// <param name="Scenario">The instruments the scenario cites that are in force on the date.</param>
/// <param name="All">Every basis above in the order a "Căn cứ" list gives them.</param>
/// <param name="EffectiveDateText">The day the resolution takes effect when it is after the documents' date, else empty (left blank for the drafter).</param>
/// <param name="Unconfirmed">Cited instruments whose date or title are not checked against the official text.</param>
/// <param name="Warnings">What the planner must know about the bases (shown when rendering).</param>
/// <param name="Legislature">The legislature of the National Assembly on the date (15, or 16 from its first UBTVQH resolutions of April 2026), for symbols such as "NQ-UBTVQH15".</param>
public sealed record LegalBases(
    bool TwoTier,
    string Constitution,
    IReadOnlyList<string> Political,
    IReadOnlyList<string> Laws,
    IReadOnlyList<string> Standards,
    string Programme,
    bool ProgrammeIsDraft,
    IReadOnlyList<string> Consultation,
    IReadOnlyList<string> Classification,
    IReadOnlyList<string> Scenario,
    IReadOnlyList<string> All,
    string EffectiveDateText,
    IReadOnlyList<string> Unconfirmed,
    IReadOnlyList<string> Warnings,
    int Legislature)
{
    /// <summary>The day the district level ended (Luật 72/2025/QH15).</summary>
    public static readonly DateOnly TwoTierFrom = new(2025, 7, 1);
}
