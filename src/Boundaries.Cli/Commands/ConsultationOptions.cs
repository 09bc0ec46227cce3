using Boundaries.Core.Consultation;
using Boundaries.Data.Consultation;
using Boundaries.Documents.Consultation;
using Boundaries.Documents.Legal;

namespace Boundaries.Cli.Commands;

/// <summary>The tally CSV and approval threshold shared by <c>consult</c> (the results report) and <c>dossier</c> (the result in the đề án).</summary>
internal static class ConsultationOptions
{
    /// <summary>The values of --threshold and the rule each names.</summary>
    private static readonly Dictionary<string, ApprovalThreshold> Rules = new()
    {
        ["voters-over-50"] = ApprovalThreshold.VotersOver50,
        ["households-50"] = ApprovalThreshold.HouseholdsAtLeast50,
    };

    /// <summary>The threshold option; without it a command applies the rule in force on its date (<see cref="InForce"/>).</summary>
    public static Option<string?> Threshold()
    {
        var option = new Option<string?>("--threshold")
        {
            Description = $"{Name(ApprovalThreshold.VotersOver50)}: more than 50 % of registered voters (NĐ 54/2018, unconfirmed); "
                + $"{Name(ApprovalThreshold.HouseholdsAtLeast50)}: at least 50 % of households (NĐ 321/2025, unconfirmed); "
                + $"default: the rule in force on the date ({Name(ApprovalThreshold.HouseholdsAtLeast50)} from {LegalBases.TwoTierFrom:yyyy-MM-dd})",
        };
        option.AcceptOnlyFromAmong([.. Rules.Keys]);
        return option;
    }

    /// <summary>The rule of the consultation in force on a date: the households' since the two-tier reform (NĐ 321/2025), the voters' before (NĐ 54/2018); both unconfirmed.</summary>
    public static ApprovalThreshold InForce(DateOnly date) =>
        date >= LegalBases.TwoTierFrom ? ApprovalThreshold.HouseholdsAtLeast50 : ApprovalThreshold.VotersOver50;

    /// <summary>The rule given with --threshold, else the one in force on the date.</summary>
    public static ApprovalThreshold Chosen(string? value, DateOnly date) => value is null ? InForce(date) : Rules[value];

    /// <summary>The --threshold value of a rule.</summary>
    public static string Name(ApprovalThreshold rule) => Rules.Single(r => r.Value == rule).Key;

    /// <summary>Reads the tallies and counts them per commune; a commune the scenario does not name is an input error.</summary>
    public static ConsultationResult Count(string tallyPath, ApprovalThreshold rule, Scenario scenario, string scenarioName, AdminMap? map)
    {
        if (!File.Exists(tallyPath))
        {
            throw new FileNotFoundException($"{tallyPath}: no such file", tallyPath);
        }

        var tallies = TallyCsv.Read(tallyPath, rule);
        var named = ConsultationReportBuilder.ScenarioCommunes(scenario, map).ToHashSet();
        var stranger = tallies.FirstOrDefault(t => !named.Contains(t.Commune));
        if (stranger is not null)
        {
            throw new InputDataException(tallyPath, $"line {stranger.Line}: commune {stranger.Commune} ({stranger.CommuneName}) is not a unit the scenario {scenarioName} names");
        }

        return ConsultationCount.Count(tallies, rule);
    }
}
