using Spectre.Console;

namespace Boundaries.Cli.Tests.TestSupport;

/// <summary>Runs a <c>boundaries</c> command line in this process, through the same entry the program's Main calls, with the
/// output captured as a redirected, 200-column, colourless terminal would show it.</summary>
/// <remarks>For tests of what a command does; <see cref="BoundariesProcess"/> stays for tests of the process itself.
/// Every path given must be absolute: the working directory of the test process is shared.</remarks>
internal static class BoundariesCommand
{
    public static BoundariesProcess.Result Run(string workingDirectory, params string[] args)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        terminal.Profile.Width = 200;
        var exitCode = Program.Run(args, new CliConsole(terminal, stderr)).GetAwaiter().GetResult();
        return new BoundariesProcess.Result(exitCode, stdout.ToString(), stderr.ToString());
    }
}
