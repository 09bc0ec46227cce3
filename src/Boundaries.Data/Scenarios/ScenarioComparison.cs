using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Data.Scenarios;

/// <summary>What differs between two scenarios: their details, their operations (as a line diff), and the units they produce.</summary>
/// <remarks>Shared by <c>boundaries scenario diff</c> and the web planner's comparison, so both report the same differences.</remarks>
public static class ScenarioComparison
{
    /// <summary>The details that differ: "title", "baseline", "effective-date", "legal-basis", each with both values.</summary>
    public static IReadOnlyList<DetailDifference> Details(Scenario left, Scenario right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var pairs = new DetailDifference[]
        {
            new("title", left.Title, right.Title),
            new("baseline", left.Baseline.Dataset, right.Baseline.Dataset),
            new("effective-date", left.EffectiveDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), right.EffectiveDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            new("legal-basis", Legal(left), Legal(right)),
        };
        return pairs.Where(p => p.Left != p.Right).ToList();
    }

    /// <summary>The operations as a line diff on their file form: kept ("="), only in the left ("-"), only in the right ("+").</summary>
    public static IReadOnlyList<OperationDifference> Operations(Scenario left, Scenario right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var (ops1, ops2) = (Canonical(left), Canonical(right));
        var (i, j) = (0, 0);
        var lines = new List<OperationDifference>();
        while (i < ops1.Count || j < ops2.Count)
        {
            if (i < ops1.Count && j < ops2.Count && ops1[i] == ops2[j])
            {
                lines.Add(new OperationDifference('=', i + 1, left.Operations[i]));
                (i, j) = (i + 1, j + 1);
            }
            else if (i < ops1.Count && !ops2.Skip(j).Contains(ops1[i]))
            {
                lines.Add(new OperationDifference('-', i + 1, left.Operations[i]));
                i++;
            }
            else
            {
                lines.Add(new OperationDifference('+', j + 1, right.Operations[j]));
                j++;
            }
        }

        return lines;
    }

    /// <summary>The units whose figures, name, type or parent differ between two results, by code.</summary>
    public static IReadOnlyList<UnitDifference> Results(ScenarioResult left, ScenarioResult right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = left.Map.Units.ToDictionary(u => u.Code, u => left.Figures.Snapshot(u));
        var b = right.Map.Units.ToDictionary(u => u.Code, u => right.Figures.Snapshot(u));
        return a.Keys.Union(b.Keys).OrderBy(c => c.Value, StringComparer.Ordinal)
            .Select(code => new UnitDifference(code, a.GetValueOrDefault(code), b.GetValueOrDefault(code)))
            .Where(d => d.Left != d.Right)
            .ToList();
    }

    private static string Legal(Scenario s) =>
        string.Join("; ", s.LegalBasis.Select(l => $"{l.Instrument}{(l.Provision is { Length: > 0 } p ? $", {p}" : "")}{(l.Date is { } d ? $" ({d:dd/MM/yyyy})" : "")}"));

    private static List<string> Canonical(Scenario scenario)
    {
        using var doc = JsonDocument.Parse(ScenarioFile.ToJson(scenario, schema: null));
        return doc.RootElement.GetProperty("operations").EnumerateArray().Select(e => e.GetRawText()).ToList();
    }
}

/// <summary>A detail of two scenarios that differs.</summary>
/// <param name="Field">"title", "baseline", "effective-date" or "legal-basis".</param>
/// <param name="Left">The first scenario's value.</param>
/// <param name="Right">The second scenario's value.</param>
public sealed record DetailDifference(string Field, string? Left, string? Right);

/// <summary>One line of the operations diff.</summary>
/// <param name="Sign">'=' in both, '-' only in the first, '+' only in the second.</param>
/// <param name="Number">The operation's number in its own scenario, from 1.</param>
/// <param name="Operation">The operation.</param>
public sealed record OperationDifference(char Sign, int Number, ScenarioOperation Operation);

/// <summary>A unit that differs between two results; null on the side where it does not exist.</summary>
/// <param name="Code">The unit's code.</param>
/// <param name="Left">The unit in the first result.</param>
/// <param name="Right">The unit in the second result.</param>
public sealed record UnitDifference(UnitCode Code, UnitSnapshot? Left, UnitSnapshot? Right);
