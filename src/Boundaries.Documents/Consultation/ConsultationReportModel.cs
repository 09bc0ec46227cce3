using Boundaries.Documents.Model;

namespace Boundaries.Documents.Consultation;

/// <summary>Everything the consultation results template may print: the scenario consulted on, the rule, and each commune's count.</summary>
/// <param name="Document">Issuing body, place and date.</param>
/// <param name="Scenario">The scenario consulted on.</param>
/// <param name="Rule">The approval rule applied, in words.</param>
/// <param name="RuleCitation">Its instrument.</param>
/// <param name="RuleUnconfirmed">True when the rule is unconfirmed: the report says so.</param>
/// <param name="RuleNote">Why it is unconfirmed, in words.</param>
/// <param name="CountsHouseholds">True when the rule counts households rather than voters.</param>
/// <param name="Communes">The communes with a tally.</param>
/// <param name="Missing">Communes the scenario names that have no tally yet, in running text.</param>
/// <param name="AllApproved">True when every commune approves and none is missing; false when one does not approve; null otherwise.</param>
public sealed record ConsultationReportModel(
    DocumentInfo Document,
    ScenarioInfo Scenario,
    string Rule,
    string RuleCitation,
    bool RuleUnconfirmed,
    string RuleNote,
    bool CountsHouseholds,
    IReadOnlyList<CommuneRow> Communes,
    IReadOnlyList<string> Missing,
    bool? AllApproved);
