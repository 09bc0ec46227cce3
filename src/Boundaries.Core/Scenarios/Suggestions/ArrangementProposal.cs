using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios.Suggestions;

/// <summary>Merges proposed so that no commune-level unit remains subject to arrangement, and the units no merge could resolve.</summary>
/// <param name="Operations">The merges, in the order they were found.</param>
/// <param name="Unresolved">Units still subject to arrangement after them (no neighbour, or every merge refused).</param>
public sealed record ArrangementProposal(IReadOnlyList<ScenarioOperation> Operations, IReadOnlyList<UnitCode> Unresolved);
