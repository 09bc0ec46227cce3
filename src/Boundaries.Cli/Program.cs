using System.Runtime.InteropServices;
using Boundaries.Cli.Commands;

namespace Boundaries.Cli;

/// <summary>The <c>boundaries</c> command: import, check, evaluate and report on administrative units.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupted);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupted);
        return await Run(args, CliConsole.ForProcess());
    }

    // Ctrl-C or SIGTERM: remove this run's temporaries, then let the signal end the process (exit code 130 or 143).
    // An output is either renamed into place already or never appears; the web planner's host stops gracefully on its own.
    private static void Interrupted(PosixSignalContext context)
    {
        TemporaryPaths.DeleteAllPending();
        Console.Error.WriteLine($"boundaries: interrupted ({context.Signal}); outputs not yet complete were removed");
    }

    /// <summary>Parses and runs a command line against the given consoles.</summary>
    internal static async Task<int> Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Boundaries: evaluate and plan Vietnam's administrative units against the legal standards.");
        root.Options.Add(CommonOptions.Verbose);
        root.Options.Add(CommonOptions.MaxFeatures);
        root.Options.Add(CommonOptions.MaxVertices);
        foreach (var command in CommandCatalogue.All(console))
        {
            root.Subcommands.Add(command);
        }

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"boundaries: {error.Message}");
            }

            console.Error.WriteLine("Run 'boundaries --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception e)
        {
            return ErrorReporter.Report(e, console.Error, parse.GetValue(CommonOptions.Verbose));
        }
    }
}
