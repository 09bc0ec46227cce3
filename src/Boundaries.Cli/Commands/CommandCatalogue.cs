using Boundaries.Cli.Maps;
using Boundaries.Cli.Planning;

namespace Boundaries.Cli.Commands;

/// <summary>Every subcommand of <c>boundaries</c>, in the order --help lists them.</summary>
internal static class CommandCatalogue
{
    public static IEnumerable<Command> All(CliConsole console)
    {
        yield return ImportCommand.Create(console);
        yield return UnitsCommand.Create(console);
        yield return QaCommand.Create(console);
        yield return EvaluateCommand.Create(console);
        yield return ScenarioCommand.Create(console);
        yield return PlanCommand.Create(console);
        yield return DossierCommand.Create(console);
        yield return ConsultCommand.Create(console);
        yield return HearingCommand.Create(console);
        yield return InfoCommand.Create(console);
        yield return MapCommand.Create(console);
        yield return ExportCommand.Create(console);
        yield return CrosswalkCommand.Create(console);
        yield return SimplifyCommand.Create(console);
        yield return ServeCommand.Create(console);
        yield return LogCommand.Create(console);
        yield return AccountCommand.Create(console);
    }
}
