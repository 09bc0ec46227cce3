namespace Boundaries.Core.Units;

/// <summary>How much of an old unit went into a new one.</summary>
public enum CrosswalkShare
{
    /// <summary>The whole old unit (toàn bộ).</summary>
    Full,

    /// <summary>A part of it (một phần); the rest went to other new units.</summary>
    Partial,
}
