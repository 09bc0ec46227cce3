using Boundaries.Core.Standards;

namespace Boundaries.Data.Standards;

/// <summary>Reads the standards catalogue (data/standards/*.json) into a <see cref="StandardsCatalogue"/>.</summary>
/// <remarks>
/// A folder holds one sources.json (source texts by key) and any number of files with a top-level "regime",
/// "programme" or "orientation" object; README.md in data/standards describes the schema.
/// </remarks>
public static class StandardsCatalogueLoader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false };

    /// <summary>Loads every catalogue file of the folder.</summary>
    /// <exception cref="StandardsCatalogueException">A file is malformed; the message names the file, the rule and the JSON path.</exception>
    public static StandardsCatalogue Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        if (!Directory.Exists(directory))
        {
            throw new StandardsCatalogueException(directory, null, null, "standards catalogue folder not found");
        }

        var files = Directory.GetFiles(directory, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
        var sourcesFile = files.FirstOrDefault(f => Path.GetFileName(f) == "sources.json")
            ?? throw new StandardsCatalogueException(Path.Combine(directory, "sources.json"), null, null, "file not found; every catalogue needs its sources");
        var terms = new CatalogueTerms(ReadSources(sourcesFile));

        var regimes = new List<Regime>();
        var programmes = new List<ArrangementProgramme>();
        var orientations = new List<Orientation>();
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f != sourcesFile))
        {
            using var document = Parse(file);
            var root = new CatalogueElement(document.RootElement, file, "$", null);
            var id = (root.Has("regime"), root.Has("programme"), root.Has("orientation")) switch
            {
                (true, false, false) => Add(regimes, RegimeReader.Read(root, terms)).Id,
                (false, true, false) => Add(programmes, ProgrammeReader.Read(root, terms)).Id,
                (false, false, true) => Add(orientations, OrientationReader.Read(root, terms)).Id,
                _ => throw root.Fail("expected exactly one top-level object: \"regime\", \"programme\" or \"orientation\""),
            };
            if (!origin.TryAdd(id, file))
            {
                throw new StandardsCatalogueException(file, id, "$", $"id also used in {origin[id]}");
            }
        }

        CheckReferences(regimes, programmes, orientations, origin);
        try
        {
            return new StandardsCatalogue(regimes, programmes, orientations);
        }
        catch (ArgumentException e)
        {
            throw new StandardsCatalogueException(directory, null, null, e.Message, e);
        }
    }

    private static void CheckReferences(List<Regime> regimes, List<ArrangementProgramme> programmes, List<Orientation> orientations, Dictionary<string, string> origin)
    {
        var regimeIds = regimes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, regimeId) in programmes.Select(p => (p.Id, p.StandardsRegimeId)).Concat(orientations.Select(o => (o.Id, o.StandardsRegimeId))))
        {
            if (!regimeIds.Contains(regimeId))
            {
                throw new StandardsCatalogueException(origin[id], id, "$.standards_regime", $"unknown regime '{regimeId}'");
            }
        }
    }

    private static IReadOnlyDictionary<string, string> ReadSources(string file)
    {
        using var document = Parse(file);
        var root = new CatalogueElement(document.RootElement, file, "$", null);
        var sources = root.Prop("sources");
        if (sources.Element.ValueKind != JsonValueKind.Object)
        {
            throw sources.Fail("'sources' must be an object of key → text");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in sources.Element.EnumerateObject())
        {
            result[property.Name] = property.Value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(property.Value.GetString())
                ? property.Value.GetString()!
                : throw sources.Fail($"source '{property.Name}' must be a non-empty string", $"$.sources.{property.Name}");
        }

        return result;
    }

    private static JsonDocument Parse(string file)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(file), Options);
        }
        catch (JsonException e)
        {
            throw new StandardsCatalogueException(file, null, e.Path, $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}", e);
        }
    }

    private static T Add<T>(List<T> list, T item)
    {
        list.Add(item);
        return item;
    }
}
