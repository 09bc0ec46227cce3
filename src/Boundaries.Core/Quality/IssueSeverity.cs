namespace Boundaries.Core.Quality;

/// <summary>How serious a data issue is.</summary>
public enum IssueSeverity
{
    /// <summary>Worth knowing; nothing is wrong with the result.</summary>
    Info,

    /// <summary>The result is usable, but a figure or shape may be off; the planner should look.</summary>
    Warning,

    /// <summary>The input cannot be used as it is; the operation refuses it.</summary>
    Error,
}
