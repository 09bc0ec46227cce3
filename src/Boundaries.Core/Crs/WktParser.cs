using System.Text;

namespace Boundaries.Core.Crs;

/// <summary>Reads the bracket structure of WKT1 and WKT2 CRS text (ISO 19162 §6: keyword, [ or (, comma-separated items).</summary>
internal static class WktParser
{
    /// <summary>The root element, or null with a one-line reason when the text is not well-formed WKT.</summary>
    public static WktNode? TryParse(string text, out string? problem)
    {
        var position = 0;
        try
        {
            var root = Element(text, ref position);
            SkipSpace(text, ref position);
            if (position < text.Length)
            {
                throw new FormatException($"unexpected '{text[position]}' after the end at character {position + 1}");
            }

            problem = null;
            return root;
        }
        catch (FormatException e)
        {
            problem = "the WKT is not well-formed: " + e.Message;
            return null;
        }
    }

    private static WktNode Element(string text, ref int position)
    {
        var keyword = Word(text, ref position);
        if (keyword.Length == 0)
        {
            throw new FormatException($"expected a keyword at character {position + 1}");
        }

        SkipSpace(text, ref position);
        if (position >= text.Length || (text[position] != '[' && text[position] != '('))
        {
            throw new FormatException($"expected '[' after {keyword} at character {position + 1}");
        }

        var close = text[position] == '[' ? ']' : ')';
        position++;
        var values = new List<string>();
        var children = new List<WktNode>();
        while (true)
        {
            SkipSpace(text, ref position);
            if (position >= text.Length)
            {
                throw new FormatException($"{keyword} is not closed");
            }

            var c = text[position];
            if (c == close)
            {
                position++;
                return new WktNode(keyword.ToUpperInvariant(), values, children);
            }

            if (values.Count + children.Count > 0)
            {
                if (c != ',')
                {
                    throw new FormatException($"expected ',' or '{close}' in {keyword} at character {position + 1}");
                }

                position++;
                SkipSpace(text, ref position);
                c = position < text.Length ? text[position] : '\0';
            }

            if (c == '"')
            {
                values.Add(Quoted(text, ref position));
                continue;
            }

            var start = position;
            var word = Word(text, ref position);
            SkipSpace(text, ref position);
            if (word.Length > 0 && char.IsLetter(word[0]) && position < text.Length && (text[position] == '[' || text[position] == '('))
            {
                position = start;
                children.Add(Element(text, ref position));
            }
            else if (word.Length > 0)
            {
                values.Add(word);
            }
            else
            {
                throw new FormatException($"unexpected '{c}' in {keyword} at character {position + 1}");
            }
        }
    }

    private static string Quoted(string text, ref int position)
    {
        var value = new StringBuilder();
        position++;
        while (position < text.Length)
        {
            var c = text[position++];
            if (c != '"')
            {
                value.Append(c);
            }
            else if (position < text.Length && text[position] == '"')
            {
                // WKT2 writes a quote inside a quoted text as two quotes.
                value.Append('"');
                position++;
            }
            else
            {
                return value.ToString();
            }
        }

        throw new FormatException("a quoted text is not closed");
    }

    private static string Word(string text, ref int position)
    {
        SkipSpace(text, ref position);
        var start = position;
        while (position < text.Length && (char.IsLetterOrDigit(text[position]) || text[position] is '_' or '.' or '-' or '+'))
        {
            position++;
        }

        return text[start..position];
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
