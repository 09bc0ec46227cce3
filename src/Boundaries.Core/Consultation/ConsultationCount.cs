namespace Boundaries.Core.Consultation;

/// <summary>Counts a voter consultation per commune against an approval threshold.</summary>
public static class ConsultationCount
{
    /// <summary>Groups the village tallies by commune (in order of first appearance) and applies the threshold to each commune.</summary>
    /// <remarks>The threshold applies per commune-level unit: each directly affected commune must approve on its own.</remarks>
    public static ConsultationResult Count(IReadOnlyList<VillageTally> tallies, ApprovalThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var rule = ApprovalRule.Of(threshold);
        var communes = tallies
            .GroupBy(t => t.Commune)
            .Select(g => Commune(g.ToList(), threshold))
            .ToList();
        return new ConsultationResult(rule, communes);
    }

    private static CommuneConsultation Commune(IReadOnlyList<VillageTally> villages, ApprovalThreshold threshold)
    {
        var (inFavour, total) = threshold == ApprovalThreshold.VotersOver50
            ? ((long?)villages.Sum(v => v.VotesFor), (long?)villages.Sum(v => v.RegisteredVoters))
            : (Sum(villages, v => v.HouseholdsFor), Sum(villages, v => v.Households));
        double? percent = inFavour is { } n && total is > 0 ? 100.0 * n / total.Value : null;

        // Compare counts, not rounded percentages: 50 % exactly is not "more than 50 %" but is "at least 50 %".
        bool? approved = inFavour is { } f && total is > 0
            ? threshold == ApprovalThreshold.VotersOver50 ? 2 * f > total.Value : 2 * f >= total.Value
            : null;
        return new CommuneConsultation(villages[0].Commune, villages[0].CommuneName, villages, percent, approved);
    }

    private static long? Sum(IEnumerable<VillageTally> villages, Func<VillageTally, long?> figure)
    {
        long sum = 0;
        foreach (var v in villages)
        {
            if (figure(v) is not { } n)
            {
                return null;
            }

            sum += n;
        }

        return sum;
    }
}
