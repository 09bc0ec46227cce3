namespace Boundaries.Cli;

/// <summary>The exit codes of the boundaries command; scripts may rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong (unknown option, missing argument).</summary>
    public const int Usage = 1;

    /// <summary>An input file is broken, mislabelled or inconsistent; nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>An input file or folder does not exist.</summary>
    public const int NotFound = 3;

    /// <summary>The output could not be written; nothing was left half-written.</summary>
    public const int OutputFailed = 4;

    /// <summary>A check the user asked for found problems (for example <c>qa --strict</c>).</summary>
    public const int ChecksFailed = 5;

    /// <summary>A shared scenario was changed by someone else since it was read, or is submitted (locked); nothing was written.</summary>
    public const int Conflict = 6;

    /// <summary>The project database cannot be used (unreachable, login refused, no PostGIS); nothing was written.</summary>
    public const int DatabaseUnavailable = 7;

    /// <summary>A bug: please report it with the output of --verbose.</summary>
    public const int InternalError = 70;
}
