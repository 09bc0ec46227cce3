using System.Text;
using System.Text.RegularExpressions;

namespace Boundaries.Web.Scenarios;

/// <summary>Scenario ids: the file name without ".json", lower-case ASCII letters, digits and hyphens, so that no id can name a path outside the folder.</summary>
internal static partial class ScenarioIds
{
    /// <summary>True when <paramref name="id"/> is a well-formed id.</summary>
    public static bool IsValid(string? id) => id is not null && Pattern().IsMatch(id);

    /// <summary>An id made from a title ("NQ 1277: Phường 3" → "nq-1277-phuong-3"), not yet in <paramref name="taken"/>.</summary>
    public static string FromTitle(string title, Func<string, bool> taken)
    {
        var folded = UnitTypes.Fold(title);
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            slug.Append(c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-');
        }

        var stem = string.Join('-', slug.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        stem = stem.Length == 0 ? "phuong-an" : stem[..Math.Min(stem.Length, 48)].TrimEnd('-');
        var id = stem;
        for (var n = 2; taken(id); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex Pattern();
}
