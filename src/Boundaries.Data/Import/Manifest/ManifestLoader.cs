namespace Boundaries.Data.Import.Manifest;

/// <summary>Reads and checks a dataset manifest.</summary>
internal static class ManifestLoader
{
    /// <summary>The file name looked for in a dataset folder.</summary>
    public const string FileName = "dataset.json";

    private static readonly string[] Roles = ["communes", "districts", "province"];

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Loads the manifest of a folder (its dataset.json) or a manifest file.</summary>
    public static DatasetManifest Load(string folderOrFile)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folderOrFile);
        var path = Directory.Exists(folderOrFile) ? Path.Combine(folderOrFile, FileName) : folderOrFile;
        if (!File.Exists(path))
        {
            throw new InputDataException(path, Directory.Exists(folderOrFile) ? $"no {FileName} in the folder" : "file not found");
        }

        DatasetManifest? manifest;
        try
        {
            using var stream = File.OpenRead(path);
            manifest = JsonSerializer.Deserialize<DatasetManifest>(stream, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is { Length: > 0 } p ? $" (at {p}, line {ex.LineNumber + 1})" : "";
            throw new InputDataException(path, $"not a valid dataset manifest: {GeoJson.GeoJsonMessages.Clean(ex.Message)}{where}", ex);
        }

        if (manifest is null)
        {
            throw new InputDataException(path, "not a valid dataset manifest: null");
        }

        manifest = manifest with { Path = path };
        Check(manifest);
        return manifest;
    }

    private static void Check(DatasetManifest manifest)
    {
        for (var i = 0; i < manifest.Layers.Count; i++)
        {
            var role = manifest.Layers[i].Role;
            if (!Roles.Contains(role))
            {
                throw new InputDataException(manifest.Path, $"layers[{i}]: role '{role}' is not one of {string.Join(", ", Roles)}");
            }
        }

        for (var i = 0; i < manifest.Joins.Count; i++)
        {
            var join = manifest.Joins[i];
            if (join.Population is not null && (join.Year is null || string.IsNullOrWhiteSpace(join.Source)))
            {
                throw new InputDataException(manifest.Path, $"joins[{i}]: a population column needs \"year\" and \"source\"");
            }

            if (join.OfficialArea is not null && string.IsNullOrWhiteSpace(join.AreaSource ?? join.Source))
            {
                throw new InputDataException(manifest.Path, $"joins[{i}]: an official_area column needs \"area_source\" or \"source\"");
            }

            if (join.OfficialPopulation is not null && string.IsNullOrWhiteSpace(join.PopulationSource ?? join.Source))
            {
                throw new InputDataException(manifest.Path, $"joins[{i}]: an official_population column needs \"population_source\" or \"source\"");
            }

            if (join.Population is null && join.OfficialArea is null && join.OfficialPopulation is null && join.Region is null && join.SpecialFactors is null)
            {
                throw new InputDataException(manifest.Path, $"joins[{i}]: names no column to join (population, official_area, official_population, region or special_factors)");
            }
        }

        if (manifest.Baseline is { } baseline && !DateOnly.TryParseExact(baseline, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            throw new InputDataException(manifest.Path, $"baseline: '{baseline}' is not a date yyyy-MM-dd");
        }

        foreach (var entry in manifest.Unassigned)
        {
            if (!manifest.Layers.Any(l => l.Role == entry.Layer))
            {
                throw new InputDataException(manifest.Path, $"unassigned: no layer with role '{entry.Layer}'");
            }
        }
    }
}
