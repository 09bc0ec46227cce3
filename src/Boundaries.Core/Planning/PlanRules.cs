namespace Boundaries.Core.Planning;

/// <summary>What a planner sets for a whole-province arrangement plan: the size of the result and the constraints on groups.</summary>
public sealed record PlanRules
{
    /// <summary>The NQ 76/2025 national aim is a cut of about 60–70 % of commune-level units; the plan takes the lower end unless told.</summary>
    public const double DefaultReduction = 0.60;

    /// <summary>The exact number of units the plan forms; null to take it from <see cref="Reduction"/>.</summary>
    public int? TargetUnits { get; init; }

    /// <summary>The share of units to remove (0.6 = 60 %), used when <see cref="TargetUnits"/> is null.</summary>
    public double Reduction { get; init; } = DefaultReduction;

    /// <summary>The largest number of existing units in one group.</summary>
    public int MaxGroupSize { get; init; } = 4;

    /// <summary>Whether groups stay inside the old district lines (the default: in 2025 most groupings did).</summary>
    public bool KeepDistrictLines { get; init; } = true;

    /// <summary>Whether a phường may be grouped with xã and thị trấn.</summary>
    public bool MixTypes { get; init; } = true;

    /// <summary>Units kept as they are (exempt, or decided already).</summary>
    public IReadOnlySet<UnitCode> Keep { get; init; } = new HashSet<UnitCode>();

    /// <summary>Pairs that must be in the same group; the planner's word wins over the district lines, and joins units without a polygon.</summary>
    public IReadOnlyList<(UnitCode A, UnitCode B)> Together { get; init; } = [];

    /// <summary>Pairs that must not be in the same group.</summary>
    public IReadOnlyList<(UnitCode A, UnitCode B)> Apart { get; init; } = [];

    /// <summary>The seed of the solver; the same seed gives the same plan.</summary>
    public int Seed { get; init; }

    /// <summary>How many distinct plans to write.</summary>
    public int Alternatives { get; init; } = 1;

    /// <summary>The solver's budget in deterministic time units (about seconds of one core); results do not depend on the machine's speed.</summary>
    public double DeterministicTimeLimit { get; init; } = 4;

    /// <summary>The number of groups for <paramref name="unitCount"/> units.</summary>
    public int GroupCountFor(int unitCount) =>
        TargetUnits ?? Math.Max(1, (int)Math.Round(unitCount * (1 - Reduction), MidpointRounding.AwayFromZero));
}
