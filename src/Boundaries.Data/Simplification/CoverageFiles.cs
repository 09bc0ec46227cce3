using System.IO.Compression;
using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Simplification;
using Boundaries.Data.Export;
using Boundaries.Data.Export.Layers;
using Boundaries.Data.Import.GeoJson;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Simplification;

/// <summary>Simplifies GeoJSON layers (plain or .gz) as one coverage and writes each beside the others under a new folder, properties untouched.</summary>
/// <remarks>
/// All files are simplified together, so a boundary between units of two files (two provinces) stays shared. Output
/// files keep their input names; a ".gz" name is written gzip-compressed (no file name or time stamp in the header,
/// so the same input gives the same bytes).
/// </remarks>
public static class CoverageFiles
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions WriteOptions = new() { Converters = { new GeoJsonConverterFactory() }, Encoder = WriterOptions.Encoder };

    /// <summary>Reads every file, simplifies all polygons together with the tolerance in metres, writes the files to <paramref name="outFolder"/>.</summary>
    /// <param name="files">GeoJSON FeatureCollections in lon/lat (WGS 84).</param>
    /// <param name="codeField">The property naming each unit (for the report).</param>
    /// <param name="toleranceMetres">The simplification tolerance.</param>
    /// <param name="outFolder">Where to write; must differ from every input's folder, so that no input is overwritten.</param>
    /// <param name="progress">Receives a line per stage.</param>
    public static SimplifiedCoverage Simplify(IReadOnlyList<string> files, string codeField, double toleranceMetres, string outFolder, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var target = Path.GetFullPath(outFolder);
        foreach (var file in files.Where(f => Path.GetFullPath(Path.GetDirectoryName(Path.GetFullPath(f))!) == target.TrimEnd(Path.DirectorySeparatorChar)))
        {
            throw new InputDataException(file, $"the output folder {outFolder} is the input's own folder; choose another so that no input is overwritten");
        }

        var layers = files.Select(f => (File: f, Features: Read(f, progress))).ToList();
        var units = new List<CoverageUnit>();
        foreach (var (file, features) in layers)
        {
            units.AddRange(features.Select((f, i) => new CoverageUnit(
                f.Attributes?[codeField]?.ToString() ?? throw new InputDataException(file, $"feature {i} has no '{codeField}' property"), f.Geometry)));
        }

        progress?.Invoke($"simplifying {units.Count} polygons together at {toleranceMetres} m");
        var result = CoverageSimplification.Simplify(units, toleranceMetres);
        Directory.CreateDirectory(outFolder);
        var next = 0;
        foreach (var (file, features) in layers)
        {
            foreach (var feature in features)
            {
                feature.Geometry = result.Units[next++].Geometry;
            }

            var path = Path.Combine(outFolder, Path.GetFileName(file));
            progress?.Invoke($"writing {path}");
            AtomicFile.Write(path, stream => Write(features, stream, CompressedFile.IsGzip(path)));
        }

        return result;
    }

    private static List<IFeature> Read(string file, Action<string>? progress)
    {
        progress?.Invoke($"reading {file}");
        try
        {
            var collection = JsonSerializer.Deserialize<FeatureCollection>(CompressedFile.ReadAllBytes(file), GeoJsonFeatures.Options)
                ?? throw new InputDataException(file, "not a GeoJSON FeatureCollection");
            var features = collection.ToList();
            foreach (var (f, i) in features.Select((f, i) => (f, i)).Where(x => x.f.Geometry is not (Polygon or MultiPolygon)))
            {
                throw new InputDataException(file, $"feature {i} is a {f.Geometry?.GeometryType ?? "null geometry"}, not a polygon");
            }

            return features;
        }
        catch (Exception ex) when (GeoJsonFeatures.IsBadContent(ex))
        {
            throw new InputDataException(file, $"not valid GeoJSON: {GeoJsonMessages.Clean(ex.Message)}", ex);
        }
    }

    private static void Write(IReadOnlyList<IFeature> features, Stream target, bool gzip)
    {
        using var stream = gzip ? new GZipStream(target, CompressionLevel.SmallestSize, leaveOpen: true) : target;
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        FeatureCollectionJson.WriteWhole(
            writer,
            features,
            _ => null,
            (w, f) => JsonSerializer.Serialize(w, f.Attributes, WriteOptions),
            (w, f) => JsonSerializer.Serialize(w, RightHandRule.Apply(f.Geometry), WriteOptions));
    }
}
