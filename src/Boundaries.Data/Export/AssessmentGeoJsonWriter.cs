using Boundaries.Core.Evaluation;

namespace Boundaries.Data.Export;

/// <summary>Writes assessments as a GeoJSON FeatureCollection (RFC 7946, lon/lat WGS 84): the CSV's properties, the unit's polygon as geometry.</summary>
/// <remarks>Units without a polygon are written with "geometry": null, which RFC 7946 §3.2 allows for unlocated features.</remarks>
public static class AssessmentGeoJsonWriter
{
    /// <summary>Writes one feature per assessment to a stream (UTF-8).</summary>
    public static void Write(Stream stream, IEnumerable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(assessments);
        using var writer = new Utf8JsonWriter(stream, JsonText.WriterOptions);
        FeatureCollectionJson.Write(
            writer,
            assessments,
            _ => null,
            (w, a) => AssessmentJson.WriteFields(w, AssessmentFields.Of(a)),
            (w, a) => JsonText.WriteGeometryValue(w, a.Unit.Geometry));
    }

    /// <summary>Writes every assessment of an evaluation to a file through a temporary file.</summary>
    public static void WriteFile(string path, MapEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        AtomicFile.Write(path, stream => Write(stream, evaluation.Assessments));
    }
}
