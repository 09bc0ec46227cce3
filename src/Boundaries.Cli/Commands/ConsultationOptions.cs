using Boundaries.Core.Consultation;
using Boundaries.Data.Consultation;
using Boundaries.Documents.Consultation;

namespace Boundaries.Cli.Commands;

/// <summary>The tally CSV and approval threshold shared by <c>consult</c> (the results report) and <c>dossier</c> (the result in the đề án).</summary>
internal static class ConsultationOptions
{
    public const string VotersOver50 = "voters-over-50";

    public const string Households50 = "households-50";

    /// <summary>The threshold option; <paramref name="defaultValue"/> null leaves the choice to the command.</summary>
    public static Option<string?> Threshold(string? defaultValue)
    {
        var option = new Option<string?>("--threshold")
        {
            Description = $"{VotersOver50}: more than 50 % of registered voters (NĐ 54/2018, unconfirmed); {Households50}: at least 50 % of households (NĐ 321/2025, unconfirmed)"
                + (defaultValue is null ? "; default: the rule of the law in force on the date" : ""),
        };
        if (defaultValue is not null)
        {
            option.DefaultValueFactory = _ => defaultValue;
        }

        option.AcceptOnlyFromAmong(VotersOver50, Households50);
        return option;
    }

    public static ApprovalThreshold Parse(string? value) =>
        value == Households50 ? ApprovalThreshold.HouseholdsAtLeast50 : ApprovalThreshold.VotersOver50;

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
