namespace Boundaries.Cli;

/// <summary>The one place that turns known failures into a one-line message and an exit code.</summary>
internal static class ErrorReporter
{
    /// <summary>Writes the message for <paramref name="error"/> to stderr and returns the exit code.</summary>
    public static int Report(Exception error, TextWriter stderr, bool verbose)
    {
        var (code, line) = error switch
        {
            // The readers of Data report a file a manifest names but that is absent as input data; it is "not found" all the same.
            InputDataException { Problem: "file not found" or "no such file or folder" } e when !Path.Exists(e.File) => (ExitCodes.NotFound, e.Message),
            InputDataException e => (ExitCodes.InvalidInput, e.Message),
            Data.Standards.StandardsCatalogueException e => (ExitCodes.InvalidInput, e.Message),
            FileNotFoundException e => (ExitCodes.NotFound, e.Message),
            Boundaries.Maps.MapFontException e => (ExitCodes.NotFound, e.Message),
            DirectoryNotFoundException e => (ExitCodes.NotFound, e.Message),
            UsageException e => (ExitCodes.Usage, e.Message),
            OutputException e => (ExitCodes.OutputFailed, e.Message),
            Data.Store.Postgis.ProjectDatabaseException e => (ExitCodes.DatabaseUnavailable, e.Message),
            Data.Store.Postgis.ScenarioConflictException e => (ExitCodes.Conflict, e.Message),

            // Reading an input wraps its I/O and SQLite failures into InputDataException, so what is left is a write.
            Microsoft.Data.Sqlite.SqliteException e => (ExitCodes.OutputFailed, $"cannot write ({e.Message}); nothing was left half-written"),
            UnauthorizedAccessException e => (ExitCodes.OutputFailed, $"cannot write ({e.Message}); nothing was left half-written"),
            IOException e => (ExitCodes.OutputFailed, $"cannot write ({e.Message}); nothing was left half-written"),
            InsufficientExecutionStackException => (ExitCodes.InvalidInput, "the input is nested too deeply to be read"),
            OperationCanceledException => (ExitCodes.InvalidInput, "cancelled; nothing was written"),
            _ => (ExitCodes.InternalError, $"internal error: {error.GetType().Name}: {error.Message} (run with --verbose for details)"),
        };

        stderr.WriteLine($"boundaries: {OneLine(line)}");
        if (verbose)
        {
            stderr.WriteLine(error.ToString());
        }

        return code;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
