using System.Diagnostics;
using System.Text;
using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary>Outputs that cannot be written give exit code 4 and leave nothing; signals remove the temporaries; a killed run's are cleaned by the next. Through the real program.</summary>
public sealed class OutputFailureTests(TraVinhProject project) : IClassFixture<TraVinhProject>, IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Import_FullDisk_ExitFourAndNoFileLeft()
    {
        // A file-size limit stands for a full disk: the write fails with EFBIG (SIGXFSZ ignored, as a shell's trap passes on).
        var result = Shell($"trap '' XFSZ; ulimit -f 200; exec dotnet {Quote(Dll)} import {Quote(RepoPaths.TraVinh)} --out full.gpkg");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("full.gpkg: cannot write", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void ScenarioApply_FullDisk_ExitFourAndNoFolderLeft()
    {
        var result = Shell($"trap '' XFSZ; ulimit -f 300; exec dotnet {Quote(Dll)} scenario apply {Quote(project.Path)} {Quote(RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json"))} --out applied");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("--out applied: cannot write", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Export_ReadOnlyFolder_ExitFourAndFolderUnchanged()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = ReadOnlyFolder.Create(_temp.File("read-only"));
        if (folder is null)
        {
            return; // Neither permissions (root ignores them) nor a read-only mount are available here.
        }

        var result = BoundariesProcess.Run(_temp.Path, "export", project.Path, "--out", Path.Combine(folder.Path, "communes.geojson"));

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("communes.geojson: cannot write", result.Stderr);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Theory]
    [InlineData("TERM", 143)]
    [InlineData("INT", 130)]
    public async Task Import_Signalled_RemovesItsTemporaries(string signal, int exitCode)
    {
        // A shell that starts a job in the background without job control (`cmd &` in a script) makes it ignore SIGINT,
        // and a child inherits that: the tool then rightly goes on. Nothing can be tested about SIGINT here.
        if (signal == "INT" && IgnoredHere(2))
        {
            return;
        }

        // The signal must land while the temporary exists; on a busy machine the write can finish first (exit 0,
        // a complete tv.gpkg), which says nothing about the cleanup, so that attempt is made again.
        for (var attempt = 1; ; attempt++)
        {
            using var run = new RunningBoundaries(_temp.Path, "import", RepoPaths.TraVinh, "--out", "tv.gpkg");
            var deadline = Stopwatch.StartNew();
            while (Directory.GetFiles(_temp.Path, ".tv.gpkg.*").Length == 0 && deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(5);
            }

            var code = run.Signal(signal);
            if (code == 0 && attempt < 5)
            {
                File.Delete(Path.Combine(_temp.Path, "tv.gpkg"));
                continue;
            }

            Assert.Equal(exitCode, code);
            Assert.Contains("interrupted", await run.Stderr);
            Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
            return;
        }
    }

    // True when this process ignores the signal (the SigIgn mask of /proc/self/status), so a process it starts does too.
    private static bool IgnoredHere(int signal)
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (signal - 1))) != 0;
    }

    [Fact]
    public void Export_StaleTemporaryOfAKilledRun_IgnoredAndCleaned()
    {
        // A process id that cannot be running: beyond the kernel's pid_max.
        var stale = _temp.File(".communes.geojson.99999999.0123456789abcdef.tmp");
        File.WriteAllText(stale, "{\"half\": ");
        var running = _temp.File($".communes.geojson.{Environment.ProcessId}.fedcba9876543210.tmp");
        File.WriteAllText(running, "{\"another run still writing\": ");

        var result = BoundariesProcess.Run(_temp.Path, "export", project.Path, "--out", "communes.geojson");

        Assert.Equal(0, result.ExitCode);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(running), "a temporary of a running process is left alone");
        Assert.StartsWith("{", File.ReadAllText(_temp.File("communes.geojson")));
    }

    public void Dispose() => _temp.Dispose();

    private static string Dll => Path.Combine(AppContext.BaseDirectory, "boundaries.dll");

    private static string Quote(string path) => "'" + path.Replace("'", "'\\''") + "'";

    private BoundariesProcess.Result Shell(string script)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = _temp.Path, RedirectStandardError = true, RedirectStandardOutput = true, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["NO_COLOR"] = "1";

        // The runtime's W^X double mapping creates a file as large as its code heap, which the size limit would kill.
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new BoundariesProcess.Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
