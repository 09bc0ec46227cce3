using System.Diagnostics;
using System.Text;

namespace Boundaries.Maps.Tests.TestSupport;

/// <summary>Runs a command-line tool a user would use on our files (pdftotext from poppler-utils); fails clearly when it is not installed.</summary>
internal static class ExternalTool
{
    public static string Run(string tool, string package, params string[] arguments)
    {
        var executable = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists)
            ?? throw new Xunit.Sdk.XunitException($"{tool} was not found on PATH. Install it: apt-get install -y {package} (CI installs it too).");
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
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

        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors.Result}");
        return output.Result;
    }
}
