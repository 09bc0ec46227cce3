using System.Diagnostics;
using System.Text;

namespace Boundaries.Testing;

/// <summary>
/// Runs a command-line tool a user would use on our files (GDAL's ogrinfo, poppler's pdftotext); fails the test clearly
/// when it is not installed.
/// </summary>
public static class ExternalTool
{
    /// <summary>What the tool said and how it ended.</summary>
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>Runs tool (from Debian package) with the arguments, for at most a minute.</summary>
    public static Result Run(string tool, string package, params string[] arguments)
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, tool), Path.Combine(dir, tool + ".exe") })
            .FirstOrDefault(File.Exists)
            ?? throw new Xunit.Sdk.XunitException($"{tool} was not found on PATH. Install it: apt-get install -y {package} (CI installs it too).");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill();
            throw new Xunit.Sdk.XunitException($"{tool} did not finish within a minute.");
        }

        return new Result(process.ExitCode, output.Result, errors.Result);
    }
}
