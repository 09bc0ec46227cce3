using System.Text;

namespace Boundaries.Data.Import.Csv;

/// <summary>A CSV file read into memory: its header and rows, with quoted fields (RFC 4180) handled.</summary>
/// <remarks>
/// RFC 4180 §2: fields may be enclosed in double quotes; a quoted field may hold commas and line breaks,
/// and a double quote inside it is written as two. The delimiter is a comma unless the header has none
/// and has semicolons or tabs (spreadsheet exports in some locales). Text must be UTF-8 (a BOM is allowed).
/// </remarks>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
        _columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            _columns.TryAdd(header[i], i);
        }
    }

    /// <summary>The path of the file.</summary>
    public string File { get; }

    /// <summary>The column names of the first line.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The data rows, in file order.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads a CSV file (gzip-compressed when its name ends in ".gz"); throws <see cref="InputDataException"/> when it is not UTF-8 or a quote is never closed.</summary>
    public static CsvTable Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputDataException(path, "file not found");
        }

        string text;
        try
        {
            var bytes = CompressedFile.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException ex)
        {
            throw new InputDataException(path, $"not UTF-8 text (byte {ex.Index}); save it as UTF-8", ex);
        }

        var records = CsvParser.Parse(text, path);
        if (records.Count == 0)
        {
            throw new InputDataException(path, "empty file: no header line");
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var rows = records.Skip(1).Where(r => !r.IsBlank).ToList();
        return new CsvTable(path, header, rows);
    }

    /// <summary>The index of a column (case-insensitive), or null when absent.</summary>
    public int? ColumnIndex(string name) => _columns.TryGetValue(name.Trim(), out var i) ? i : null;

    /// <summary>The index of a column that must exist; throws naming the file and the missing column.</summary>
    public int RequireColumn(string name, string purpose) =>
        ColumnIndex(name) ?? throw new InputDataException(
            File, $"no column '{name}' for {purpose}; columns are {string.Join(", ", Header)}");

    /// <summary>The columns a kind of file must have; one message names every one missing, the file's kind and its columns.</summary>
    /// <param name="kind">What the file is, as the message says it ("a crosswalk").</param>
    /// <param name="names">The columns, as the header names them (case-insensitive).</param>
    public CsvColumns RequireColumns(string kind, params string[] names)
    {
        var missing = names.Where(n => ColumnIndex(n) is null).ToList();
        if (missing.Count > 0)
        {
            throw new InputDataException(File, $"no column {string.Join(", ", missing.Select(m => $"'{m}'"))} for {kind} (it needs {string.Join(", ", names)}); columns are {string.Join(", ", Header)}");
        }

        return new CsvColumns(names.ToDictionary(n => n, n => ColumnIndex(n)!.Value));
    }
}
