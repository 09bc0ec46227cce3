namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries scenario</c>: apply, validate, compare and get suggestions for boundary scenarios.</summary>
internal static class ScenarioCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("scenario", "Simulate boundary changes (merge, transfer, reassign, establish, change type) from scenario files")
        {
            ScenarioApplyCommand.Create(console),
            ScenarioValidateCommand.Create(console),
            ScenarioDiffCommand.Create(console),
            ScenarioSuggestCommand.Create(console),
        };
        foreach (var shared in SharedScenarioCommands.All(console))
        {
            command.Subcommands.Add(shared);
        }

        return command;
    }
}
