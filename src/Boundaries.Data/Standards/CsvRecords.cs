using System.Text;

namespace Boundaries.Data.Standards;

/// <summary>Reads RFC 4180 CSV: fields separated by commas, quoted with double quotes, quotes doubled inside quotes.</summary>
internal static class CsvRecords
{
    /// <summary>The records with the 1-based line on which each starts; blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader)
    {
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            var start = line;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var i = 0;
            while (true)
            {
                if (i == text.Length)
                {
                    if (quoted && reader.ReadLine() is { } next)
                    {
                        // A quoted field may hold a line break.
                        line++;
                        field.Append('\n');
                        text = next;
                        i = 0;
                        continue;
                    }

                    if (quoted)
                    {
                        throw new FormatException($"line {start}: a quoted field is not closed");
                    }

                    fields.Add(field.ToString());
                    break;
                }

                var c = text[i++];
                if (quoted)
                {
                    if (c != '"')
                    {
                        field.Append(c);
                    }
                    else if (i < text.Length && text[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '"' && field.Length == 0)
                {
                    quoted = true;
                }
                else
                {
                    field.Append(c);
                }
            }

            yield return (start, fields);
        }
    }

    /// <summary>A field quoted when it holds a comma, quote or line break.</summary>
    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
