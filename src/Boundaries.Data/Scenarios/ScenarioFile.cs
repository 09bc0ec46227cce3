using System.Text;
using Boundaries.Core.Scenarios;

namespace Boundaries.Data.Scenarios;

/// <summary>Reads and writes scenario files: JSON as described by data/scenarios/scenario.schema.json.</summary>
/// <remarks>Geometries are GeoJSON (RFC 7946): longitude, latitude in degrees on WGS 84.</remarks>
public static class ScenarioFile
{
    /// <summary>The schema reference written into new files, relative to data/scenarios/.</summary>
    public const string SchemaReference = "scenario.schema.json";

    /// <summary>Reads a scenario file.</summary>
    /// <exception cref="InputDataException">The file is missing or malformed; the message names the file, the operation and the field.</exception>
    public static Scenario Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputDataException(path, $"không đọc được tệp phương án ({e.Message})", e);
        }

        return Parse(json, path);
    }

    /// <summary>Reads a scenario from JSON text; <paramref name="file"/> names it in errors.</summary>
    /// <exception cref="InputDataException">The text is malformed; the message names the file, the operation and the field.</exception>
    public static Scenario Parse(string json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ScenarioFileReader.Read(json, file);
    }

    /// <summary>The scenario as JSON text (UTF-8, indented, Vietnamese letters unescaped).</summary>
    public static string ToJson(Scenario scenario, string? schema = SchemaReference)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return ScenarioFileWriter.Write(scenario, schema);
    }

    /// <summary>One operation as JSON text, as it stands in a scenario file's "operations".</summary>
    public static string OperationToJson(Core.Scenarios.Operations.ScenarioOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return ScenarioFileWriter.WriteOperation(operation);
    }

    /// <summary>Writes the scenario to <paramref name="path"/> through a temporary file, so a failure leaves no half-written file.</summary>
    public static void Write(string path, Scenario scenario, string? schema = SchemaReference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        AtomicFile.WriteText(path, ToJson(scenario, schema));
    }
}
