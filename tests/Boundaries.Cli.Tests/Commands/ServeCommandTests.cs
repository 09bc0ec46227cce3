using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary><c>boundaries serve</c>: the web planner from the command line, on loopback only unless told otherwise.</summary>
[Trait("Category", "Slow")]
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Serve_AddressOtherMachinesCanReach_RefusedWithUsageExit()
    {
        var result = BoundariesProcess.Run(_temp.Path, "serve", RepoPaths.TraVinh, "--urls", "http://0.0.0.0:5080", "--scenarios", _temp.File("scenarios"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--allow-remote", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task Serve_TraVinh_AnswersOnLoopbackAndSavesScenariosInTheGivenFolder()
    {
        var scenarios = _temp.File("scenarios");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _temp.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "boundaries.dll"), "serve", RepoPaths.TraVinh, "--urls", "http://127.0.0.1:0", "--scenarios", scenarios, "--as-of", "2023-06-13" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        try
        {
            var address = await AddressFrom(process, TimeSpan.FromMinutes(2));
            using var client = new HttpClient { BaseAddress = new Uri(address) };

            var project = JsonNode.Parse(await client.GetStringAsync("/api/project"))!;
            using var created = await client.PostAsync("/api/scenarios", new StringContent("""{"title":"Từ dòng lệnh"}""", Encoding.UTF8, "application/json"));

            Assert.Equal("2023-06-13", (string)project["defaultAsOf"]!);
            Assert.Equal(106, (int)project["communes"]!);
            // The dataset folder's parent holds the national layers: the 2025 units are offered over Trà Vinh.
            Assert.True((bool)project["references"]![0]!["available"]!);
            Assert.Equal(System.Net.HttpStatusCode.Created, created.StatusCode);
            Assert.True(File.Exists(Path.Combine(scenarios, "tu-dong-lenh.json")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string> AddressFrom(Process process, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
        {
            if (Address().Match(line) is { Success: true } match)
            {
                return match.Value;
            }
        }

        throw new InvalidOperationException($"boundaries serve printed no address: {await process.StandardError.ReadToEndAsync()}");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    public void Dispose() => _temp.Dispose();
}
