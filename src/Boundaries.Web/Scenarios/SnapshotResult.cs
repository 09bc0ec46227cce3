using System.Text.Json;
using Boundaries.Web.Display;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Boundaries.Web.Scenarios;

/// <summary>Writes a scenario snapshot, a units FeatureCollection, or both, straight into the response without an intermediate string.</summary>
internal sealed class SnapshotResult(ScenarioState? scenario, ScenarioView view, bool table, bool units, int status = StatusCodes.Status200OK) : IResult
{
    /// <summary>Only the GeoJSON FeatureCollection, as application/geo+json.</summary>
    public static SnapshotResult Units(ScenarioView view) => new(null, view, table: false, units: true);

    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var onlyUnits = scenario is null && !table;
        http.Response.StatusCode = status;
        http.Response.ContentType = onlyUnits ? "application/geo+json; charset=utf-8" : "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(http.Response.BodyWriter, new JsonWriterOptions { Encoder = options.Encoder }))
        {
            if (onlyUnits)
            {
                UnitFeatureWriter.Write(writer, view.Features);
            }
            else
            {
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

                if (units)
                {
                    writer.WritePropertyName("units");
                    UnitFeatureWriter.Write(writer, view.Features);
                }

                writer.WriteEndObject();
            }
        }

        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}
