using System.Globalization;
using Boundaries.Core.Consultation;
using Boundaries.Data.Import.Csv;

namespace Boundaries.Data.Consultation;

/// <summary>Reads the tally of a voter consultation: one CSV row per village (ấp, khóm), described in README.md beside this file.</summary>
public static class TallyCsv
{
    /// <summary>The columns every tally has.</summary>
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["commune_code", "commune_name", "village", "registered_voters", "votes_for", "votes_against", "votes_invalid"];

    /// <summary>Reads and checks a tally; the household columns are required when the threshold counts households.</summary>
    /// <exception cref="InputDataException">A column is missing, a count is not a whole number, or the counts do not add up; the message names the line.</exception>
    public static IReadOnlyList<VillageTally> Read(string path, ApprovalThreshold threshold)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var table = CsvTable.Read(path);
        var c = table.RequireColumns("a consultation tally", [.. RequiredColumns]);
        var countsHouseholds = threshold == ApprovalThreshold.HouseholdsAtLeast50;
        if (countsHouseholds)
        {
            table.RequireColumns("the households' rule (households-50)", "households", "households_for");
        }

        var households = table.ColumnIndex("households");
        var householdsFor = table.ColumnIndex("households_for");

        var tallies = new List<VillageTally>();
        foreach (var row in table.Rows)
        {
            var tally = new VillageTally(
                new UnitCode(Text(path, row, c["commune_code"], "commune_code")),
                Text(path, row, c["commune_name"], "commune_name"),
                Text(path, row, c["village"], "village"),
                Count(path, row, c["registered_voters"], "registered_voters")!.Value,
                Count(path, row, households, "households", optional: !countsHouseholds),
                Count(path, row, c["votes_for"], "votes_for")!.Value,
                Count(path, row, c["votes_against"], "votes_against")!.Value,
                Count(path, row, c["votes_invalid"], "votes_invalid")!.Value,
                Count(path, row, householdsFor, "households_for", optional: !countsHouseholds),
                row.Line);
            Check(path, tally);
            tallies.Add(tally);
        }

        if (tallies.Count == 0)
        {
            throw new InputDataException(path, "the tally has a header but no village rows");
        }

        var duplicate = tallies.GroupBy(t => (t.Commune, t.Village)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InputDataException(path, $"line {duplicate.Last().Line}: village '{duplicate.Key.Village}' of commune {duplicate.Key.Commune} is counted twice");
        }

        return tallies;
    }

    private static void Check(string path, VillageTally t)
    {
        if (t.VotesCast > t.RegisteredVoters)
        {
            throw new InputDataException(path, $"line {t.Line}: {t.Village}: {t.VotesCast} votes cast (for + against + invalid) but only {t.RegisteredVoters} registered voters");
        }

        if (t.HouseholdsFor is { } hf && t.Households is { } h && hf > h)
        {
            throw new InputDataException(path, $"line {t.Line}: {t.Village}: {hf} households for but only {h} households");
        }

        if (t.HouseholdsFor is not null && t.Households is null)
        {
            throw new InputDataException(path, $"line {t.Line}: {t.Village}: households_for is given without households");
        }
    }

    private static string Text(string path, CsvRow row, int column, string name) =>
        row[column] ?? throw new InputDataException(path, $"line {row.Line}: {name} is empty");

    private static long? Count(string path, CsvRow row, int? column, string name, bool optional = false)
    {
        var text = row[column];
        if (text is null)
        {
            return optional ? null : throw new InputDataException(path, $"line {row.Line}: {name} is empty");
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InputDataException(path, $"line {row.Line}: {name} '{text}' is not a whole number of people or households (write 1664, not 1.664)");
    }
}
