namespace Boundaries.Data.Import.Csv;

/// <summary>One record of a CSV file.</summary>
/// <param name="Line">The 1-based line number where the record starts.</param>
/// <param name="Fields">The field values, unquoted.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>The value of a column, trimmed; null when the row is shorter or the value is empty.</summary>
    public string? this[int? column] =>
        column is { } c && c < Fields.Count && Fields[c].Trim() is { Length: > 0 } v ? v : null;

    /// <summary>Whether the record is an empty line.</summary>
    public bool IsBlank => Fields.Count == 1 && Fields[0].Length == 0;
}
