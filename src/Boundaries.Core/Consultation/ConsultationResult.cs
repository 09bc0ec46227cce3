namespace Boundaries.Core.Consultation;

/// <summary>The results of a voter consultation: the rule applied and every commune's count.</summary>
/// <param name="Rule">The approval threshold applied.</param>
/// <param name="Communes">The communes, in the order of the tally.</param>
public sealed record ConsultationResult(ApprovalRule Rule, IReadOnlyList<CommuneConsultation> Communes)
{
    /// <summary>True when every commune approves; false when one does not; null when one cannot be decided.</summary>
    public bool? AllApproved =>
        Communes.Any(c => c.Approved == false) ? false
        : Communes.All(c => c.Approved == true) ? true
        : null;
}
