using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>A catalogue rule that an assessment relied on, by id and citation.</summary>
/// <param name="Id">The rule's stable id.</param>
/// <param name="Citation">Instrument and article.</param>
/// <param name="Status">How well the rule is established.</param>
public sealed record RuleReference(string Id, string Citation, RuleStatus Status)
{
    /// <summary>The reference of a rule.</summary>
    public static RuleReference Of(ILegalRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RuleReference(rule.Id, rule.Basis.Citation, rule.Basis.Status);
    }
}
