using System.Diagnostics;
using System.Text;

namespace Boundaries.Data.Tests.Store;

/// <summary>Runs GDAL's real ogrinfo, the reader QGIS uses, on a file the store wrote.</summary>
internal static class Ogrinfo
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    /// <summary>Runs ogrinfo read-only with the given arguments after the file; fails the test when ogrinfo is missing.</summary>
    public static Result Run(string file, params string[] arguments)
    {
        var executable = Find() ?? throw new Xunit.Sdk.XunitException(
            "ogrinfo was not found on PATH. Install GDAL's command-line tools: apt-get install -y gdal-bin (CI installs it too).");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-ro");
        start.ArgumentList.Add(file);
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
            throw new Xunit.Sdk.XunitException($"ogrinfo did not finish within a minute on {file}.");
        }

        return new Result(process.ExitCode, output.Result, errors.Result);
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "ogrinfo"), Path.Combine(dir, "ogrinfo.exe") })
            .FirstOrDefault(File.Exists);
}
