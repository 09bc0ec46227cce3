namespace Boundaries.Cli.Tests.Corpus;

/// <summary>One kind of bad input: how to make it in a fresh folder, and what every command must answer.</summary>
/// <param name="Kind">The kind, as the test's name shows it.</param>
/// <param name="ExitCode">The documented exit code.</param>
/// <param name="Problem">Words the one-line message must contain (besides the file's name).</param>
/// <param name="Make">Writes the bad input into the folder and returns the command lines to run (each must be refused).</param>
internal sealed record BadInput(string Kind, int ExitCode, string Problem, Func<Workspace, IReadOnlyList<CommandLine>> Make)
{
    public override string ToString() => Kind;
}

/// <summary>A command line and the file its message must name.</summary>
internal sealed record CommandLine(string[] Args, string Names);
