namespace Boundaries.Core.Standards;

/// <summary>Where a rule comes from: the instrument and article, how well it is established, and the sources consulted.</summary>
/// <param name="Instrument">The legal instrument, e.g. "NQ 35/2023/UBTVQH15".</param>
/// <param name="Article">The article, clause and point, e.g. "Điều 1 khoản 2 điểm a"; null when the sources do not give it.</param>
/// <param name="Status">Whether the sources state the rule.</param>
/// <param name="Sources">The sources, each "title – URL".</param>
/// <param name="Note">A caveat the planner should read with the rule.</param>
public sealed record LegalBasis(string Instrument, string? Article, RuleStatus Status, IReadOnlyList<string> Sources, string? Note = null)
{
    /// <summary>Instrument and article as cited in a dossier ("NQ 35/2023/UBTVQH15 Điều 1 khoản 2 điểm a").</summary>
    public string Citation => Article is null ? Instrument : $"{Instrument} {Article}";
}
