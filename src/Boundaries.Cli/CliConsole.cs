using Spectre.Console;

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
    public static CliConsole ForProcess() => new(AnsiConsole.Console, Console.Error);

    /// <summary>Writes text to standard output exactly as given (no markup).</summary>
    public void WriteRaw(string text) => Out.Profile.Out.Writer.Write(text);
}
