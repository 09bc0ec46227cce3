namespace Boundaries.Cli;

/// <summary>The standard output and error streams of one run, as Spectre consoles.</summary>
internal sealed class CliConsole(IAnsiConsole output, TextWriter error)
{
    /// <summary>Where results go: tables, CSV, JSON.</summary>
    public IAnsiConsole Out { get; } = output;

    /// <summary>Where errors go: one line each.</summary>
    public TextWriter Error { get; } = error;

    /// <summary>True when standard output is a terminal, so progress bars and colour make sense.</summary>
    public bool IsInteractive => Out.Profile.Capabilities.Interactive;

    /// <summary>The consoles of the running process.</summary>
    public static CliConsole ForProcess()
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            // Redirected output has no window: use $COLUMNS, else a width that keeps tables on one line per row.
            console.Profile.Width = int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 40 ? columns : 160;
        }

        return new CliConsole(console, Console.Error);
    }

    /// <summary>Writes text to standard output exactly as given (no markup).</summary>
    public void WriteRaw(string text) => Out.Profile.Out.Writer.Write(text);
}
