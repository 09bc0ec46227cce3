using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios;

/// <summary>A boundary scenario (phương án sắp xếp, điều chỉnh địa giới): ordered operations on a named baseline, with the facts a dossier cites.</summary>
/// <remarks>Applying a scenario never changes its baseline; see <see cref="ScenarioEngine"/>.</remarks>
public sealed record Scenario
{
    /// <summary>The map the operations apply to.</summary>
    public required ScenarioBaseline Baseline { get; init; }

    /// <summary>A one-line title ("NQ 1277/2024: Phường 2, 3 và 6 → Phường 3").</summary>
    public required string Title { get; init; }

    /// <summary>The resolutions and decisions the scenario follows or proposes.</summary>
    public IReadOnlyList<LegalReference> LegalBasis { get; init; } = [];

    /// <summary>Who wrote the scenario.</summary>
    public string? Author { get; init; }

    /// <summary>The day the scenario was written or last revised.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The day the arrangement takes (or would take) effect; evaluation uses the standards in force then.</summary>
    public DateOnly? EffectiveDate { get; init; }

    /// <summary>Free text for the planner.</summary>
    public string? Description { get; init; }

    /// <summary>The operations, applied in order.</summary>
    public required IReadOnlyList<ScenarioOperation> Operations { get; init; }
}
