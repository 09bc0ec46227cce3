using Boundaries.Core.Consultation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Core.Formatting;
using Boundaries.Documents.Model;

namespace Boundaries.Documents.Consultation;

/// <summary>Builds the model of the consultation results report from a scenario and the counted tallies.</summary>
public static class ConsultationReportBuilder
{
    /// <summary>The report model; <paramref name="map"/>, when given, names the province and the communes without a tally.</summary>
    public static ConsultationReportModel Build(Scenario scenario, ConsultationResult result, DateOnly date, AdminMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(result);
        var province = map?.Provinces.FirstOrDefault();
        var provinceInText = province is null ? "tỉnh ………" : VietnameseNames.InText(province);
        var place = province?.Name ?? "………";
        var dateText = VietnameseFormat.Date(date);
        var document = new DocumentInfo(
            province?.Name ?? "",
            "ỦY BAN NHÂN DÂN " + provinceInText.ToUpperInvariant(),
            "UBND " + provinceInText,
            place,
            date,
            dateText,
            $"{place}, {dateText}",
            date.Year);

        var households = result.Rule.Threshold == ApprovalThreshold.HouseholdsAtLeast50;
        var communes = result.Communes.Select(c => Row(c, households)).ToList();
        var counted = result.Communes.Select(c => c.Commune).ToHashSet();
        var missing = ScenarioCommunes(scenario, map).Where(code => !counted.Contains(code))
            .Select(code => map?.Find(code) is { } unit ? VietnameseNames.InText(unit) : code.Value)
            .ToList();
        var all = result.AllApproved == true && missing.Count > 0 ? null : result.AllApproved;
        var basis = result.Rule.Basis;
        return new ConsultationReportModel(
            document,
            ScenarioInfoBuilder.Build(scenario, []),
            result.Rule.Description,
            basis.Instrument,
            basis.Status == RuleStatus.Unconfirmed,
            basis.Note ?? "",
            households,
            communes,
            missing,
            all);
    }

    /// <summary>The commune-level units a scenario names: with a map, those of commune level; without one, the five-digit GSO codes.</summary>
    public static IReadOnlyList<UnitCode> ScenarioCommunes(Scenario scenario, AdminMap? map)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Operations.SelectMany(o => o.NamedUnits)
            .Where(code => map?.Find(code) is { } unit ? unit.Level == UnitLevel.Commune : code.Value.Length == 5)
            .Distinct()
            .ToList();
    }

    private static CommuneRow Row(CommuneConsultation c, bool households)
    {
        var villages = c.Villages.Select(v => Village(v.Village, v.RegisteredVoters, v.Households, v.VotesCast, v.VotesFor, v.VotesAgainst, v.VotesInvalid, v.HouseholdsFor, households)).ToList();
        var total = Village("Tổng cộng", c.RegisteredVoters, c.Households, c.VotesCast, c.VotesFor, c.VotesAgainst, c.VotesInvalid, c.HouseholdsFor, households);
        var result = c.Approved switch
        {
            true => "tán thành",
            false => "không tán thành",
            null => "chưa đủ số liệu",
        };
        double? turnout = c.RegisteredVoters > 0 ? 100.0 * c.VotesCast / c.RegisteredVoters : null;
        return new CommuneRow(c.Commune.Value, VietnameseNames.InText(c.Name, GuessType(c.Name)), villages, total, c.ApprovalPercent, c.Approved, result, turnout);
    }

    private static VillageRow Village(string name, long voters, long? hh, long cast, long yes, long no, long invalid, long? hhYes, bool households)
    {
        double? percent = households
            ? hhYes is { } y && hh is > 0 ? 100.0 * y / hh.Value : null
            : voters > 0 ? 100.0 * yes / voters : null;
        return new VillageRow(name, voters, hh, cast, yes, no, invalid, hhYes, percent);
    }

    private static UnitType GuessType(string fullName) =>
        fullName.StartsWith("Phường", StringComparison.Ordinal) ? UnitType.Phuong
        : fullName.StartsWith("Thị trấn", StringComparison.Ordinal) ? UnitType.ThiTran
        : UnitType.Xa;
}
