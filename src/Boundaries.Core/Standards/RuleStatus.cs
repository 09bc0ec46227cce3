namespace Boundaries.Core.Standards;

/// <summary>How well a legal rule or figure is established by its sources.</summary>
public enum RuleStatus
{
    /// <summary>The source text states the rule or figure directly.</summary>
    Confirmed,

    /// <summary>Computed from confirmed figures; the arithmetic is recorded beside it.</summary>
    Derived,

    /// <summary>No source text was found; outputs that rely on it must say so and never present it as law.</summary>
    Unconfirmed,
}
