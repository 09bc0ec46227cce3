namespace Boundaries.Core.Consultation;

/// <summary>The consultation result of one commune-level unit: its villages, totals, share in favour and whether it approves.</summary>
/// <param name="Commune">The commune's code.</param>
/// <param name="Name">Its full name.</param>
/// <param name="Villages">The village tallies, in the order of the file.</param>
/// <param name="ApprovalPercent">Voters (or households) in favour, in per cent of all registered voters (or households); null when the denominator is 0.</param>
/// <param name="Approved">Whether the threshold is met; null when it cannot be computed.</param>
public sealed record CommuneConsultation(UnitCode Commune, string Name, IReadOnlyList<VillageTally> Villages, double? ApprovalPercent, bool? Approved)
{
    /// <summary>Registered voters of all villages.</summary>
    public long RegisteredVoters => Villages.Sum(v => v.RegisteredVoters);

    /// <summary>Households of all villages; null when a village lacks the figure.</summary>
    public long? Households => Villages.Any(v => v.Households is null) ? null : Villages.Sum(v => v.Households!.Value);

    /// <summary>Votes for, all villages.</summary>
    public long VotesFor => Villages.Sum(v => v.VotesFor);

    /// <summary>Votes against, all villages.</summary>
    public long VotesAgainst => Villages.Sum(v => v.VotesAgainst);

    /// <summary>Invalid votes, all villages.</summary>
    public long VotesInvalid => Villages.Sum(v => v.VotesInvalid);

    /// <summary>Votes cast, all villages.</summary>
    public long VotesCast => Villages.Sum(v => v.VotesCast);

    /// <summary>Households in favour; null when a village lacks the figure.</summary>
    public long? HouseholdsFor => Villages.Any(v => v.HouseholdsFor is null) ? null : Villages.Sum(v => v.HouseholdsFor!.Value);
}
