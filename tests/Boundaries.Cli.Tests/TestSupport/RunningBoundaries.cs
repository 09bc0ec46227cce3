using System.Diagnostics;

namespace Boundaries.Cli.Tests.TestSupport;

/// <summary>The real program started in the background, to be stopped by a signal in the middle of its work.</summary>
internal sealed class RunningBoundaries : IDisposable
{
    private readonly Process _process;

    public RunningBoundaries(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "boundaries.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["NO_COLOR"] = "1";
        _process = Process.Start(start)!;
        Stderr = _process.StandardError.ReadToEndAsync();
        _ = _process.StandardOutput.ReadToEndAsync();
    }

    public Task<string> Stderr { get; }

    public int Id => _process.Id;

    /// <summary>Sends a signal ("KILL", "TERM", "INT") and waits for the process to end; returns its exit code.</summary>
    public int Signal(string signal)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            kill.WaitForExit();
        }

        return WaitForExit();
    }

    public int WaitForExit()
    {
        if (!_process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose() => _process.Dispose();
}
