using Boundaries.Core.Evaluation;

namespace Boundaries.Data.Export;

/// <summary>Writes an evaluation as JSON: the date, regime, programme, summaries and one object per unit with the CSV's properties.</summary>
public static class AssessmentJsonWriter
{
    /// <summary>A summary as an object of its record's properties in snake_case, in their order ("level": "commune", "total", "must_arrange", …, "text").</summary>
    private static readonly JsonSerializerOptions SummaryOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes the evaluation to a stream (UTF-8).</summary>
    public static void Write(Stream stream, MapEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(evaluation);
        using var writer = new Utf8JsonWriter(stream, JsonText.WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("as_of", evaluation.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var selection = evaluation.Selection;
        writer.WriteStartObject("regime");
        writer.WriteString("id", selection.Regime.Id);
        writer.WriteString("title", selection.Regime.Title);
        writer.WriteString("status", selection.Regime.Basis.Status.ToString().ToLowerInvariant());
        writer.WriteEndObject();
        if (selection.Programme is { } programme)
        {
            writer.WriteStartObject("programme");
            writer.WriteString("id", programme.Programme.Id);
            writer.WriteString("period", programme.Period.Id);
            writer.WriteString("instrument", programme.Programme.Basis.Instrument);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("programme");
        }

        WriteStrings(writer, "selection_notes", selection.Notes);
        writer.WriteStartArray("summary");
        foreach (var level in new[] { UnitLevel.Commune, UnitLevel.District, UnitLevel.Province })
        {
            if (!evaluation.AtLevel(level).Any())
            {
                continue;
            }

            JsonSerializer.Serialize(writer, EvaluationSummary.Of(evaluation, level), SummaryOptions);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("units");
        foreach (var assessment in evaluation.Assessments)
        {
            writer.WriteStartObject();
            AssessmentJson.WriteFields(writer, AssessmentFields.Of(assessment));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the evaluation to a file through a temporary file.</summary>
    public static void WriteFile(string path, MapEvaluation evaluation) =>
        AtomicFile.Write(path, stream => Write(stream, evaluation));

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
