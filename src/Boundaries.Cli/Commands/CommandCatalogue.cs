using System.CommandLine;

namespace Boundaries.Cli.Commands;

/// <summary>Every subcommand of <c>boundaries</c>, in the order --help lists them.</summary>
internal static class CommandCatalogue
{
    public static IEnumerable<Command> All(CliConsole console)
    {
        yield return UnitsCommand.Create(console);
    }
}
