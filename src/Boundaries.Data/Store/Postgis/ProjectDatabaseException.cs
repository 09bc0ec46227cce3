namespace Boundaries.Data.Store.Postgis;

/// <summary>The project database cannot be used: unreachable, login refused, no such database, missing rights or PostGIS.</summary>
/// <remarks>The message is one line naming the project's address (never a password) and the problem.</remarks>
public sealed class ProjectDatabaseException(string location, string problem, Exception? inner = null)
    : Exception($"{location}: {problem}", inner)
{
    /// <summary>The project's address as shown to people.</summary>
    public string Location { get; } = location;
}
