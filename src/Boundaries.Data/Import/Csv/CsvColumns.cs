namespace Boundaries.Data.Import.Csv;

/// <summary>The columns a reader needs, each found in the header: <c>row[columns["old_code"]]</c> reads one of them.</summary>
internal sealed class CsvColumns(IReadOnlyDictionary<string, int> indices)
{
    /// <summary>The index of a column asked for in <see cref="CsvTable.RequireColumns"/>.</summary>
    public int this[string name] => indices[name];
}
