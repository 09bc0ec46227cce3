using System.Globalization;
using Boundaries.Core.Formatting;
using Boundaries.Core.Scenarios.Steps;
using Boundaries.Web.Display;

namespace Boundaries.Web.Scenarios;

/// <summary>Builds the before → after table from the engine's result and its assessment, as the CLI's scenario table does.</summary>
internal static class ScenarioTableBuilder
{
    private static CultureInfo Vi => VietnameseFormat.Culture;

    private static readonly Dictionary<string, string> WhatWords = new()
    {
        ["created"] = "thành lập",
        ["ceased"] = "không còn",
        ["name"] = "tên",
        ["type"] = "loại",
        ["parent"] = "trực thuộc",
        ["population"] = "dân số",
        ["area"] = "diện tích",
        ["boundary"] = "ranh giới",
        ["declared"] = "số liệu công bố",
    };

    public static ScenarioTable Build(ScenarioResult result, ScenarioAssessment assessment, OperationRefusal? refusal)
    {
        var rows = assessment.Units
            .Where(u => (u.Change.After ?? u.Change.Before)!.Level != UnitLevel.Province)
            .Select(u => Row(u, result))
            .ToList();
        var selection = assessment.After.Selection;
        return new ScenarioTable(
            assessment.After.AsOf,
            selection.Regime.Title,
            selection.Programme?.Period.Id,
            rows,
            Totals(result, assessment),
            EvaluationSummary.ForCommunesAndDistricts(assessment.After).Select(s => s.Text).ToList(),
            result.Declared.Select(Declared).ToList(),
            refusal?.ToString());
    }

    /// <summary>The row of one affected unit.</summary>
    internal static ChangeRow Row(AssessedChange unit, ScenarioResult result)
    {
        var change = unit.Change;
        var status = change.After is null ? new UnitStatus("none", "không còn") : UnitStatus.Of(unit.After, unit.Formed, unit.FormedFrom);
        return new ChangeRow(
            change.Code.Value,
            (change.After ?? change.Before)!.Level == UnitLevel.Commune ? "commune" : "district",
            Side(change.Before, unit.Before, result.Baseline),
            Side(change.After, unit.After, result.Map, unit.Formed, unit.FormedFrom),
            change.What,
            string.Join(", ", change.What.Select(w => WhatWords.GetValueOrDefault(w, w))),
            change.WentTo.Select(c => c.Value).ToList(),
            unit.FormedFrom,
            change.Declared,
            status.Text,
            status.Key);
    }

    private static UnitSide? Side(UnitSnapshot? snapshot, Assessment? assessment, AdminMap map, MergerAssessment? formed = null, int? formedFrom = null)
    {
        if (snapshot is null)
        {
            return null;
        }

        var status = UnitStatus.Of(assessment, formed, formedFrom);
        var areaPercent = assessment?.AreaPercent ?? formed?.AreaPercent;
        var populationPercent = assessment?.PopulationPercent ?? formed?.PopulationPercent;
        return new UnitSide(
            snapshot.Code.Value,
            snapshot.Name,
            snapshot.Type.Slug(),
            snapshot.ParentCode?.Value,
            snapshot.ParentCode is { } parent ? map.Find(parent)?.FullName : null,
            snapshot.AreaKm2 is { } km2 ? Math.Round(km2, 4) : null,
            snapshot.Population,
            areaPercent is { } ap ? Math.Round(ap, 2) : null,
            populationPercent is { } pp ? Math.Round(pp, 2) : null,
            status.Key,
            status.Text);
    }

    private static ScenarioTotals Totals(ScenarioResult result, ScenarioAssessment assessment)
    {
        var province = result.Map.Provinces.FirstOrDefault();
        var baseProvince = province is null ? null : result.Baseline.Find(province.Code);
        return new ScenarioTotals(
            result.Baseline.Communes.Count(),
            result.Map.Communes.Count(),
            result.Baseline.Districts.Count(),
            result.Map.Districts.Count(),
            assessment.Before.AtLevel(UnitLevel.Commune).Count(a => a.MustArrange == true),
            assessment.After.AtLevel(UnitLevel.Commune).Count(a => a.MustArrange == true),
            baseProvince is null ? null : result.BaselineFigures.AreaKm2Of(baseProvince),
            province is null ? null : result.Figures.AreaKm2Of(province),
            baseProvince is null ? null : result.BaselineFigures.PopulationOf(baseProvince),
            province is null ? null : result.Figures.PopulationOf(province));
    }

    private static string Declared(DeclaredFigure d) => string.Create(
        Vi,
        $"Thao tác {d.OperationNumber}: {d.AreaKm2:N2} km², {d.Population:N0} người{(d.PartName is null ? "" : $" ({d.PartName})")} từ {d.From} sang {d.To} — số liệu công bố, không có ranh giới ({DeclaredFigure.Flag})");
}
