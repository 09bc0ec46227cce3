using System.Buffers;
using Boundaries.Web.Display;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Boundaries.Web.Scenarios;

/// <summary>Writes a scenario snapshot, a units FeatureCollection, or both, straight into the response without an intermediate string.</summary>
/// <remarks>
/// With <paramref name="changes"/>, "units" holds only the features added or changed and "removed" the codes gone:
/// the answer to an operation, undo or redo, which the page patches onto what it has. A request with
/// ?geometry=compact gets the shapes in the compact form of <see cref="ShapeJson"/> (as application/json).
/// </remarks>
internal sealed class SnapshotResult(ScenarioState? scenario, ScenarioView view, bool table, bool units, int status = StatusCodes.Status200OK, FeatureChanges? changes = null) : IResult
{
    /// <summary>Only the GeoJSON FeatureCollection, as application/geo+json.</summary>
    public static SnapshotResult Units(ScenarioView view) => new(null, view, table: false, units: true);

    /// <summary>
    /// True for an answer that is the same for every request on its view (the baseline's): compressed once, kept with
    /// the view, and served as it is to a client that accepts Brotli (see <see cref="StoredBrotli"/>).
    /// </summary>
    public bool Stored { get; init; }

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var onlyUnits = scenario is null && !table;
        var compact = GeometryForms.IsCompact(http.Request);
        http.Response.StatusCode = status;
        http.Response.ContentType = onlyUnits && !compact ? "application/geo+json; charset=utf-8" : "application/json; charset=utf-8";
        if (Stored && StoredBrotli.Accepted(http.Request))
        {
            var bytes = StoredBrotli.Of(view, compact, () =>
            {
                var buffer = new ArrayBufferWriter<byte>();
                Write(buffer, options, onlyUnits, compact);
                return buffer.WrittenMemory;
            });
            await StoredBrotli.Send(http, bytes);
            return;
        }

        Write(http.Response.BodyWriter, options, onlyUnits, compact);
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }

    private void Write(IBufferWriter<byte> output, JsonSerializerOptions options, bool onlyUnits, bool compact)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = options.Encoder });
        if (onlyUnits)
        {
            UnitFeatureWriter.Write(writer, view.Features, compact);
            return;
        }

        writer.WriteStartObject();
        if (scenario is not null)
        {
            writer.WritePropertyName("scenario");
            JsonSerializer.Serialize(writer, scenario, options);
        }

        if (table)
        {
            writer.WritePropertyName("table");
            JsonSerializer.Serialize(writer, view.Table, options);
        }

        if (changes is not null)
        {
            writer.WritePropertyName("units");
            UnitFeatureWriter.Write(writer, changes.Changed, compact);
            writer.WriteStartArray("removed");
            foreach (var code in changes.Removed)
            {
                writer.WriteStringValue(code);
            }

            writer.WriteEndArray();
        }
        else if (units)
        {
            writer.WritePropertyName("units");
            UnitFeatureWriter.Write(writer, view.Features, compact);
        }

        writer.WriteEndObject();
    }
}
