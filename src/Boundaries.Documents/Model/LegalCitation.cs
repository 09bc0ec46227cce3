namespace Boundaries.Documents.Model;

/// <summary>A legal instrument the scenario cites, written for a document.</summary>
/// <param name="Instrument">Number and kind ("Nghị quyết 1277/NQ-UBTVQH15 …").</param>
/// <param name="DateText">Its date as dd/MM/yyyy, or empty.</param>
/// <param name="Provision">Article or clause, or empty.</param>
/// <param name="Url">Where it can be read, or empty.</param>
public sealed record LegalCitation(string Instrument, string DateText, string Provision, string Url)
{
    /// <summary>Instrument, provision and date in one phrase ("Nghị quyết 728/NQ-UBTVQH15 ngày 13/02/2023").</summary>
    public string Text =>
        Instrument + (Provision.Length > 0 ? $" {Provision}" : "") + (DateText.Length > 0 ? $" ngày {DateText}" : "");
}
