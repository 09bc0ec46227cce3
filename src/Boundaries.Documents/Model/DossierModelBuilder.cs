using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Formatting;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Units;
using Boundaries.Documents.Figures;
using Boundaries.Documents.Legal;

namespace Boundaries.Documents.Model;

/// <summary>Builds the template model of a dossier from the scenario engine's result and its before/after assessment.</summary>
public static class DossierModelBuilder
{
    /// <summary>The model of a dossier: every figure from <paramref name="result"/> and <paramref name="assessment"/>, neighbours from the result's commune coverage.</summary>
    /// <exception cref="ArgumentException">The scenario was refused part-way: a dossier is written only for a scenario applied in full.</exception>
    public static DossierModel Build(ScenarioResult result, ScenarioAssessment assessment, DossierOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        if (!result.Applied)
        {
            throw new ArgumentException($"The scenario was refused ({result.Refusal}); a dossier needs every operation applied.", nameof(result));
        }

        var province = result.Map.Provinces.First();
        var adjacency = Adjacency.Build(CoverageUnit.Of(result.Map, UnitLevel.Commune));
        var units = assessment.Units.Where(u => (u.Change.After ?? u.Change.Before)!.Level != UnitLevel.Province).ToList();

        var catalogue = options.Instruments ?? InstrumentCatalogue.Empty;
        var writer = new CitationWriter(catalogue, options.Date);
        var context = new FigureContext(writer, options.OfficialFigures ?? []);
        var before = units.Where(u => u.Change.Before is not null)
            .Select(u => UnitFiguresBuilder.Build(u.Change.Before!, u.Before, result.Baseline, context, after: false))
            .ToList();
        var beforeByCode = before.GroupBy(b => b.Code).ToDictionary(g => g.Key, g => g.First());
        var plan = units.Where(u => u.Change.After is not null)
            .Select(u => PlannedUnitBuilder.Build(u, result, adjacency, context, beforeByCode))
            .ToList();
        var ceased = units.Where(u => u.Change.After is null)
            .Select(u => new CeasedUnit(
                beforeByCode[u.Change.Before!.Code.Value],
                u.Change.WentTo.Select(code => Name(result.Map, code)).ToList()))
            .ToList();
        var (parents, communes, districts) = UnitCounts.Build(result);
        var declared = result.Declared
            .Select(d => new DeclaredFigureNote(Name(result.Baseline, d.From), Name(result.Map, d.To), d.AreaKm2, d.Population, d.PartName ?? "", d.Source ?? ""))
            .ToList();
        var unconfirmed = before.Concat(plan.Select(p => p.After)).SelectMany(u => u.Unconfirmed)
            .Concat(plan.SelectMany(p => p.Formed?.Unconfirmed ?? []))
            .GroupBy(r => r.Id)
            .Select(g => g.First())
            .ToList();

        var baseProvince = result.Baseline.Find(province.Code) ?? province;

        // Without census figures (the 2025 map), the province's population is the sum of its communes' official figures,
        // and after the arrangement that sum less the units before plus the units after, as the documents print them.
        var populationBefore = result.BaselineFigures.PopulationOf(baseProvince) is > 0 and var counted
            ? counted
            : result.Baseline.Communes.Sum(c => c.OfficialPopulation?.Value ?? 0);
        var totals = new ProvinceTotals(
            VietnameseNames.InText(province),
            Rounding.Two(result.BaselineFigures.AreaKm2Of(baseProvince)) ?? 0,
            Rounding.Two(result.Figures.AreaKm2Of(province)) ?? 0,
            populationBefore,
            result.Figures.PopulationOf(province) is > 0 and var after ? after : populationBefore - before.Sum(u => u.Population ?? 0) + plan.Sum(p => p.After.Population ?? 0),
            districts,
            communes);

        context.Add(new FigureRow(totals.Name, "trước", totals.AreaKm2Before, null, totals.PopulationBefore, null, "tổng diện tích tự nhiên của các đơn vị hành chính cấp xã", "tổng dân số của các đơn vị hành chính cấp xã"));
        context.Add(new FigureRow(totals.Name, "sau", totals.AreaKm2After, null, totals.PopulationAfter, null, "tổng diện tích tự nhiên của các đơn vị hành chính cấp xã", "tổng dân số của các đơn vị hành chính cấp xã"));

        var moved = plan.SelectMany(p => p.Gained).Sum(g => g.Population);
        context.Add(new FigureRow("Dân số chuyển sang đơn vị hành chính cấp xã khác", "điều chỉnh", null, null, moved, null, "", "tổng dân số của các phần được nhập, điều chỉnh"));

        var levels = units.Select(u => (u.Change.After ?? u.Change.Before)!.Level).Distinct().OrderByDescending(l => l).Select(VietnameseNames.LevelText).ToList();
        var where = parents.Count == 0 ? totals.Name : VietnameseFormat.JoinAnd(parents.Select(p => p.ParentName).ToList()) + ", " + totals.Name;
        var subject = $"{VietnameseNames.ScenarioKind(result.Scenario?.Operations.Select(o => o.Kind) ?? [])} {VietnameseFormat.JoinAnd(levels)} của {where}";

        return new DossierModel(
            subject,
            Document(province, options),
            ScenarioInfoBuilder.Build(result.Scenario, result.Log),
            Standards(assessment, writer),
            before,
            plan,
            ceased,
            parents,
            totals,
            declared,
            unconfirmed,
            options.Maps ?? DefaultMaps(parents, totals),
            LegalBasesBuilder.Build(writer, catalogue, result.Scenario, assessment.After.Selection.Programme?.Programme.Id ?? ""),
            context.Rows,
            options.MapPictures ?? []);
    }

    /// <summary>A unit's name in running text, or its code when the map does not have it.</summary>
    internal static string Name(AdminMap map, UnitCode code) => map.Find(code) is { } unit ? VietnameseNames.InText(unit) : code.Value;

    private static DocumentInfo Document(AdminUnit province, DossierOptions options)
    {
        var place = options.Place ?? province.Name;
        var provinceInText = VietnameseNames.InText(province);
        var body = options.IssuingBody ?? "ỦY BAN NHÂN DÂN " + provinceInText.ToUpperInvariant();
        var date = VietnameseFormat.Date(options.Date);
        return new DocumentInfo(province.Name, body, "UBND " + provinceInText, place, options.Date, date, $"{place}, {date}", options.Date.Year);
    }

    private static StandardsInfo Standards(ScenarioAssessment assessment, CitationWriter writer)
    {
        var selection = assessment.After.Selection;
        var period = selection.Programme?.Period;
        return new StandardsInfo(
            VietnameseFormat.Date(assessment.After.AsOf),
            selection.Regime.Id,
            writer.InForce("tieu-chuan").Select(writer.Full).FirstOrDefault() ?? writer.Rule(selection.Regime.Title),
            selection.Programme is { } p ? writer.Rule(p.Programme.Basis.Instrument) : "",
            period is null ? "" : $"{period.From.Year}–{period.To.Year}",
            selection.Notes);
    }

    private static IReadOnlyList<string> DefaultMaps(IReadOnlyList<UnitCount> parents, ProvinceTotals totals)
    {
        var where = parents.Count == 0 ? totals.Name : VietnameseFormat.JoinAnd(parents.Select(p => p.ParentName).ToList());
        return
        [
            $"Bản đồ hiện trạng địa giới các đơn vị hành chính cấp xã của {where}",
            $"Bản đồ phương án sắp xếp, điều chỉnh địa giới các đơn vị hành chính cấp xã của {where}",
        ];
    }
}
