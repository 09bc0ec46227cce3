using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Corpus;

/// <summary>
/// The catalogue of bad inputs: each kind, made by the test in a fresh folder, is given to every command that reads it.
/// Each must exit with the documented code, end with one line naming the file and the problem, and create or change nothing.
/// </summary>
public sealed class BadInputCorpusTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    private static readonly Dictionary<string, BadInput> Kinds = BadInputCatalogue.All().ToDictionary(k => k.Kind);

    public static TheoryData<string> KindNames() => new(Kinds.Keys);

    [Theory]
    [MemberData(nameof(KindNames))]
    public void EveryCommand_BadInput_RefusedWithCodeAndOneLineAndNothingWritten(string kind)
    {
        var bad = Kinds[kind];
        using var temp = new TempFolder();
        var lines = bad.Make(new Workspace(temp.Path, project.Path));
        var before = FolderSnapshot.Of(temp.Path);

        foreach (var line in lines)
        {
            var result = InProcess.Run(line.Args);

            var what = $"boundaries {string.Join(' ', line.Args)}";
            Assert.True(bad.ExitCode == result.ExitCode, $"{what}: exit {result.ExitCode}, expected {bad.ExitCode}; stderr: {result.Stderr}");
            var last = result.Stderr.TrimEnd().Split('\n')[^1];
            Assert.StartsWith("boundaries: ", last);
            Assert.True(last.Contains(line.Names, StringComparison.Ordinal), $"{what}: the message does not name {line.Names}: {last}");
            Assert.True(result.Stderr.Contains(bad.Problem, StringComparison.Ordinal), $"{what}: the message does not say '{bad.Problem}': {result.Stderr}");
            Assert.DoesNotContain("   at ", result.Stderr);
            Assert.Equal(before, FolderSnapshot.Of(temp.Path));
        }
    }
}
