using System.Reflection;
using Boundaries.Core.Standards;
using Boundaries.Data.Standards;
using Boundaries.Data.Store;

namespace Boundaries.Data.Projects;

/// <summary>Builds a planner's project from source data: import, then the dataset's sourced unit facts.</summary>
public static class ProjectBuilder
{
    /// <summary>The version of Boundaries recorded in every project file.</summary>
    public static string ToolVersion { get; } =
        typeof(ProjectBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0";

    /// <summary>Imports a dataset folder, manifest or single file and joins its unit facts when the manifest names them.</summary>
    /// <param name="path">A folder with dataset.json, a manifest, or a .geojson/.shp/.gpkg file.</param>
    /// <param name="options">Import options.</param>
    /// <param name="catalogue">The standards catalogue, which defines the fact kinds; needed only when the dataset has unit facts.</param>
    /// <param name="progress">Receives import progress.</param>
    public static ProjectBuildResult Build(string path, ImportOptions options, StandardsCatalogue? catalogue, IProgress<ImportProgress>? progress = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var manifest = IsManifest(path) ? DatasetManifest.Load(path) : null;
        var imported = manifest is null ? DatasetImporter.Import(path, options, progress) : DatasetImporter.Import(manifest, options, progress);
        var map = imported.Map;
        var issues = imported.Report.Issues.ToList();
        var sources = imported.Report.Files
            .Select(f => $"{Path.GetFileName(f.File)}: {f.Role}, {f.Features} features, {f.Format}{(f.Epsg is { } e ? $", EPSG:{e}" : "")}")
            .ToList();

        if (manifest?.UnitFacts is { } factsFile)
        {
            var file = manifest.Resolve(factsFile);
            if (catalogue is null)
            {
                throw new InvalidOperationException("A standards catalogue is needed to read unit facts.");
            }

            var (withFacts, factIssues) = UnitFactsCsv.Read(file, catalogue.FactKinds).ApplyTo(map, file);
            map = withFacts;
            issues.AddRange(factIssues);
            sources.Add($"{Path.GetFileName(file)}: sourced per-unit facts");
        }

        var leftOut = new List<string>();
        var changes = manifest is null ? [] : DatedChangesReader.Read(manifest, map, options.Province is not null, leftOut);
        sources.AddRange(changes.Select(c => $"Dated change in force from {c.EffectiveDate:yyyy-MM-dd}: {c.Title} ({string.Join("; ", c.LegalBasis.Select(l => l.Instrument))})"));
        sources.AddRange(leftOut.Select(f => $"Dated change {f}: about other provinces, left out"));

        var metadata = new ProjectMetadata(
            DatasetName(manifest, path, map, options.Province),
            DateTimeOffset.Now,
            ToolVersion)
        {
            Sources = [.. ManifestSources(manifest), .. sources],
            UnitsAsOf = Date(manifest?.Units.AsOf),
            Baseline = Date(manifest?.Baseline) ?? Date(manifest?.Units.AsOf),
            DatedChanges = changes,
        };
        var crosswalk = manifest?.Crosswalk is { } c
            ? CrosswalkReader.Read(manifest.Resolve(c.File), c.Source, map, metadata.Baseline)
            : null;
        if (crosswalk is not null)
        {
            metadata = metadata with { Sources = [.. metadata.Sources, $"Crosswalk: {manifest!.Crosswalk!.File} ({crosswalk.Rows.Count} rows; {crosswalk.Source})"] };
        }

        return new ProjectBuildResult(new BoundaryProject(map, metadata, issues) { Crosswalk = crosswalk }, imported.Report);
    }

    // One province of a national dataset is named as such: "Việt Nam, 34 tỉnh, thành phố, 2025 — Tỉnh Vĩnh Long".
    private static string DatasetName(DatasetManifest? manifest, string path, Boundaries.Core.Units.AdminMap map, string? province)
    {
        var name = manifest?.Name ?? Path.GetFileNameWithoutExtension(path);
        return province is not null && map.Provinces.SingleOrDefault() is { } only ? $"{name} — {only.FullName}" : name;
    }

    private static DateOnly? Date(string? text) =>
        text is not null && DateOnly.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;

    private static bool IsManifest(string path) =>
        Directory.Exists(path) || path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && Path.GetFileName(path).Contains("dataset", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> ManifestSources(DatasetManifest? manifest)
    {
        if (manifest is null)
        {
            yield break;
        }

        yield return $"Unit list: {manifest.Units.File} ({manifest.Units.Source}, as of {manifest.Units.AsOf})";
        if (manifest.Baseline is { } baseline)
        {
            yield return $"Map baseline: {baseline}";
        }

        foreach (var layer in manifest.Layers)
        {
            yield return $"{layer.Role} polygons: {layer.File}{(layer.Vintage is null ? "" : $" (vintage {layer.Vintage})")}";
        }

        foreach (var join in manifest.Joins.Where(j => j.Population is not null))
        {
            yield return $"Population: {join.File} ({join.Source}, {join.Year})";
        }

        foreach (var join in manifest.Joins.Where(j => j.OfficialPopulation is not null || j.OfficialArea is not null))
        {
            yield return $"Official figures: {join.File} ({join.AreaSource ?? join.PopulationSource ?? join.Source})";
        }

        if (manifest.Doubts is { } doubts)
        {
            yield return $"Doubts on figures: {doubts}";
        }
    }
}
