using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>One unit measured against its standard: the figures used, the percentages, and whether it must be arranged under which rule.</summary>
/// <remarks>Percentages are kept unrounded; rules compare the unrounded values and outputs round to two decimals.</remarks>
public sealed record Assessment
{
    /// <summary>The unit assessed.</summary>
    public required AdminUnit Unit { get; init; }

    /// <summary>The type of the parent unit, when the map has it.</summary>
    public UnitType? ParentType { get; init; }

    /// <summary>The standard that applies and why; null when none could be chosen.</summary>
    public AppliedStandard? Standard { get; init; }

    /// <summary>The natural area used.</summary>
    public required AreaUsed Area { get; init; }

    /// <summary>The population used.</summary>
    public required PopulationUsed Population { get; init; }

    /// <summary>Area in per cent of the area standard; null when unknown.</summary>
    public double? AreaPercent { get; init; }

    /// <summary>Population in per cent of the population standard; null when unknown.</summary>
    public double? PopulationPercent { get; init; }

    /// <summary>Whether both the area and the population standard are met; null when unknown.</summary>
    public bool? MeetsStandard { get; init; }

    /// <summary>The subordinate-unit criteria of the standard and whether each is met.</summary>
    public IReadOnlyList<CriterionResult> Criteria { get; init; } = [];

    /// <summary>Whether the unit is subject to arrangement (thuộc diện sắp xếp); null when no programme applies or data are missing.</summary>
    public bool? MustArrange { get; init; }

    /// <summary>The programme rows that matched.</summary>
    public IReadOnlyList<ArrangementCriterion> MatchedCriteria { get; init; } = [];

    /// <summary>The ground on which the unit need not be arranged, when one is recorded and applies.</summary>
    public AppliedExemption? Exemption { get; init; }

    /// <summary>Rules marked unconfirmed that this assessment relied on.</summary>
    public IReadOnlyList<RuleReference> Unconfirmed { get; init; } = [];

    /// <summary>Measured reasons to doubt a figure this assessment uses (a declared population far from the census of its predecessors, a declared area far from the measured one); the verdict rests on them.</summary>
    public IReadOnlyList<FigureDoubt> Doubts { get; init; } = [];

    /// <summary>Whether the verdict rests on a figure with a recorded doubt.</summary>
    public bool RestsOnDoubtfulFigure => Doubts.Count > 0;

    /// <summary>True when the area or population is unknown, so percentages and the arrangement test are not computed.</summary>
    public bool InsufficientData { get; init; }

    /// <summary>Reasons and caveats in words, for the planner and the dossier.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The unit's code.</summary>
    public UnitCode Code => Unit.Code;

    /// <summary>Whether a recorded ground exempts the unit from arrangement.</summary>
    public bool Exempt => Exemption is not null;

    /// <summary>Whether any rule relied on is unconfirmed.</summary>
    public bool ReliesOnUnconfirmed => Unconfirmed.Count > 0;

    /// <summary>The matched rules as cited ("NQ 35/2023/UBTVQH15 Điều 1 khoản 2 điểm a"), joined by "; "; empty when none matched.</summary>
    public string Rule => string.Join("; ", MatchedCriteria.Select(c => c.Basis.Citation).Distinct());
}
