using System.Security.Cryptography;
using System.Text;
using Boundaries.Data;
using Boundaries.Data.Scenarios;

namespace Boundaries.Web.Scenarios;

/// <summary>The folder of saved scenarios: <c>ID.json</c> is a scenario file (data/scenarios/scenario.schema.json) that <c>boundaries scenario apply</c> reads; <c>ID.planner.json</c> beside it holds its version.</summary>
/// <remarks>
/// Both files are written through a temporary file and renamed, so a reader never sees half a file. The version
/// file records the SHA-256 of the scenario file it belongs to: when they disagree (a crash between the two renames,
/// or an edit by hand) the version moves on by one, so a tab holding the old version is refused, not merged.
/// </remarks>
internal sealed class ScenarioFolder : IScenarioShelf
{
    private const string VersionSuffix = ".planner.json";

    /// <summary>Uses <paramref name="path"/>, creating it when missing.</summary>
    public ScenarioFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>The ids of the scenario files in the folder.</summary>
    public IReadOnlyList<string> Ids() =>
        Directory.EnumerateFiles(Path, "*.json")
            .Select(System.IO.Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.EndsWith(VersionSuffix, StringComparison.Ordinal))
            .Select(name => name[..^".json".Length])
            .Where(ScenarioIds.IsValid)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>True when a scenario file with this id exists.</summary>
    public bool Exists(string id) => File.Exists(FileOf(id));

    /// <summary>The scenario file of an id.</summary>
    public string FileOf(string id) => System.IO.Path.Combine(Path, id + ".json");

    /// <summary>When the scenario file was last written.</summary>
    public DateTimeOffset Updated(string id) => File.GetLastWriteTimeUtc(FileOf(id));

    /// <summary>Reads a scenario and its version.</summary>
    /// <exception cref="InputDataException">The file is not a valid scenario file.</exception>
    public (Scenario Scenario, long Version) Read(string id)
    {
        var file = FileOf(id);
        var bytes = File.ReadAllBytes(file);
        var scenario = ScenarioFile.Parse(Encoding.UTF8.GetString(bytes), file);
        var stored = ReadVersion(id);
        var version = stored is null ? 1 : stored.Value.Sha256 == Hash(bytes) ? stored.Value.Version : stored.Value.Version + 1;
        return (scenario, version);
    }

    /// <summary>Writes a scenario and then its version, each all-or-nothing.</summary>
    public void Write(string id, Scenario scenario, long version)
    {
        var json = ScenarioFile.ToJson(scenario, schema: null);
        AtomicFile.WriteText(FileOf(id), json);
        var record = JsonSerializer.Serialize(new VersionRecord(version, Hash(Encoding.UTF8.GetBytes(json))));
        AtomicFile.WriteText(VersionFileOf(id), record + "\n");
    }

    /// <summary>Deletes a scenario's files.</summary>
    public void Delete(string id)
    {
        File.Delete(FileOf(id));
        File.Delete(VersionFileOf(id));
    }

    Task<IReadOnlyList<ShelvedScenario>> IScenarioShelf.ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<ShelvedScenario>>(Ids().Select(id => new ShelvedScenario(id, Updated(id))).ToList());

    string? IScenarioShelf.FileName(string id) => id + ".json";

    Task<bool> IScenarioShelf.ExistsAsync(string id, CancellationToken ct) => Task.FromResult(Exists(id));

    Task<(Scenario Scenario, long Version)> IScenarioShelf.ReadAsync(string id, CancellationToken ct) => Task.FromResult(Read(id));

    Task IScenarioShelf.SaveAsync(string id, Scenario scenario, long version, ScenarioChange change, CancellationToken ct)
    {
        Write(id, scenario, version);
        return Task.CompletedTask;
    }

    Task IScenarioShelf.DeleteAsync(string id, CancellationToken ct)
    {
        Delete(id);
        return Task.CompletedTask;
    }

    // The planner is the only writer of its folder: its open copy is the latest (a hand edit is seen when the file is next read).
    Task<bool> IScenarioShelf.IsLatestAsync(string id, long version, CancellationToken ct) => Task.FromResult(true);

    Task<PlannerProblem> IScenarioShelf.ConflictAsync(string id, long expected, long current, CancellationToken ct) =>
        Task.FromResult(PlannerProblem.VersionConflict(id, expected, current));

    private string VersionFileOf(string id) => System.IO.Path.Combine(Path, id + VersionSuffix);

    private (long Version, string Sha256)? ReadVersion(string id)
    {
        try
        {
            var record = JsonSerializer.Deserialize<VersionRecord>(File.ReadAllText(VersionFileOf(id)));
            return record is null ? null : (record.Version, record.Sha256);
        }
        catch (Exception e) when (e is IOException or JsonException or UnauthorizedAccessException)
        {
            // No version file (a scenario copied in by hand) or a damaged one: the scenario starts again at version 1.
            return null;
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed record VersionRecord(long Version, string Sha256);
}
