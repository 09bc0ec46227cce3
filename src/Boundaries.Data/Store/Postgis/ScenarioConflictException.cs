namespace Boundaries.Data.Store.Postgis;

/// <summary>A shared scenario cannot be saved: someone else saved a newer version since it was read, or it is submitted (locked).</summary>
/// <remarks>The message names the other person, the time and their change, in Vietnamese, as the planner reads it.</remarks>
public sealed class ScenarioConflictException(string message, SharedScenarioVersion current) : Exception(message)
{
    /// <summary>The version that is in the database now.</summary>
    public SharedScenarioVersion Current { get; } = current;
}
