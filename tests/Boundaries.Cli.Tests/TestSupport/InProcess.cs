using Spectre.Console;

namespace Boundaries.Cli.Tests.TestSupport;

/// <summary>Runs a <c>boundaries</c> command line inside the test process: the same parsing, commands and error reporting as the program, without starting one.</summary>
internal static class InProcess
{
    public static BoundariesProcess.Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Interactive = InteractionSupport.No,
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
        });
        console.Profile.Width = 200;
        var code = Program.Run(args, new CliConsole(console, stderr)).GetAwaiter().GetResult();
        return new BoundariesProcess.Result(code, stdout.ToString(), stderr.ToString());
    }
}
