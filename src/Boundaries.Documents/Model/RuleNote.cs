namespace Boundaries.Documents.Model;

/// <summary>A rule of the standards catalogue that the figures rely on, with its status.</summary>
/// <param name="Id">The rule's id.</param>
/// <param name="Citation">Instrument and article.</param>
/// <param name="Unconfirmed">True when no source text states it: the documents must say so.</param>
public sealed record RuleNote(string Id, string Citation, bool Unconfirmed)
{
    /// <summary>How the documents mark an unconfirmed rule.</summary>
    public const string UnconfirmedMark = "quy định chưa được xác nhận";
}
