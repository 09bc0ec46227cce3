using System.Text;
using Boundaries.Core.Evaluation;

namespace Boundaries.Data.Export;

/// <summary>Writes assessments as CSV (UTF-8, comma-separated, RFC 4180 quoting, invariant numbers, true/false booleans).</summary>
public static class AssessmentCsvWriter
{
    /// <summary>Writes the header and one row per assessment.</summary>
    public static void Write(TextWriter writer, IEnumerable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assessments);
        CsvText.Line(writer, [.. AssessmentFields.Names]);
        foreach (var assessment in assessments)
        {
            CsvText.Line(writer, [.. AssessmentFields.Of(assessment).Select(f => AssessmentFields.Text(f.Value))]);
        }
    }

    /// <summary>Writes every assessment of an evaluation to a file, through a temporary file so that nothing half-written is left.</summary>
    public static void WriteFile(string path, MapEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            Write(writer, evaluation.Assessments);
        });
    }
}
