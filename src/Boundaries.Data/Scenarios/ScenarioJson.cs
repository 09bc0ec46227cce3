using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Scenarios;

/// <summary>The names and settings scenario files share between reading and writing.</summary>
internal static class ScenarioJson
{
    /// <summary>The format tag written in every file; readers accept files without it.</summary>
    public const string Format = "boundaries-scenario/1";

    /// <summary>Every geometry of a scenario file is lon/lat on WGS 84.</summary>
    public static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>GeoJSON (RFC 7946) geometries through NetTopologySuite's System.Text.Json converter.</summary>
    public static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    /// <summary>The top-level fields.</summary>
    public static readonly string[] TopFields =
        ["$schema", "format", "baseline", "title", "legal_basis", "author", "date", "effective_date", "description", "operations"];
}
