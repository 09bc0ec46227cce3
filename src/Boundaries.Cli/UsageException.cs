namespace Boundaries.Cli;

/// <summary>A command line that parses but asks for something impossible (an unknown format, a district not in the map).</summary>
internal sealed class UsageException(string message) : Exception(message);
