using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Suggestions;
using Boundaries.Core.Units;
using Boundaries.Data.Scenarios;

namespace Boundaries.Data.Tests.Scenarios;

/// <summary>data/scenarios/resolve-2023.json is what the suggestions propose for the 2023 map; these tests regenerate it and apply it.</summary>
public sealed class Resolve2023Tests
{
    private static readonly EvaluationOptions SeedReport = new(new DateOnly(2023, 6, 13));

    /// <summary>The scenario as the resolver proposes it, with the file's fixed description.</summary>
    private static Scenario Generate()
    {
        var proposal = ArrangementResolver.Resolve(TraVinhData.Map, TraVinhData.Catalogue, SeedReport);
        Assert.Empty(proposal.Unresolved);
        return new Scenario
        {
            Baseline = new ScenarioBaseline("tra-vinh", new DateOnly(2023, 4, 10)),
            Title = "Phương án gợi ý: không còn đơn vị hành chính cấp xã thuộc diện sắp xếp (NQ 35/2023/UBTVQH15, giai đoạn 2023–2025)",
            LegalBasis =
            [
                new LegalReference("Nghị quyết 35/2023/UBTVQH15 về việc sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 – 2030", new DateOnly(2023, 7, 12), "Điều 1; Điều 4"),
                new LegalReference("Nghị quyết 1211/2016/UBTVQH13, sửa đổi bởi Nghị quyết 27/2022/UBTVQH15", null, "tiêu chuẩn diện tích, dân số"),
            ],
            Author = "Boundaries: ArrangementResolver on the bundled data (c. 2009 polygons, 2019 census, unit-facts.csv), evaluated as of 2023-06-13",
            Description = "Generated from the merge suggestions, then kept as a file: take the first commune-level unit subject to arrangement, merge it with its best neighbour if the merged unit meets the standards, else with its two best neighbours (permitted by NQ 35/2023 Điều 4); re-evaluate; repeat. A proposal for review, not a decision: the province proposed not to arrange the Định An and Cầu Ngang units.",
            Operations = proposal.Operations,
        };
    }

    [Fact]
    public void Generate_FromSuggestions_MatchesTheBundledFile()
    {
        var text = ScenarioFile.ToJson(Generate());

        var path = ScenarioFiles.Resolve2023;
        var received = Path.ChangeExtension(path, ".received.json");
        if (!File.Exists(path) || File.ReadAllText(path) != text)
        {
            File.WriteAllText(received, text);
            Assert.Fail($"{path} differs from the generated scenario; compare with {received}");
        }

        File.Delete(received);
    }

    [Fact]
    public void Apply_Resolve2023_NoCommuneMustArrangeAndEveryFormedUnitPermitted()
    {
        var result = ScenarioEngine.Apply(TraVinhData.Map, ScenarioFile.Read(ScenarioFiles.Resolve2023));

        Assert.True(result.Applied, result.Refusal?.ToString());
        var assessment = ScenarioAssessor.Assess(result, TraVinhData.Catalogue, SeedReport);
        Assert.Empty(assessment.After.AtLevel(UnitLevel.Commune).Where(a => a.MustArrange == true).Select(a => a.Unit.ToString()));
        Assert.Empty(assessment.NotPermitted.Select(u => u.Change.Code.Value));
        Assert.Equal(9, assessment.Before.AtLevel(UnitLevel.Commune).Count(a => a.MustArrange == true));
        Assert.Equal(1_009_168, result.Figures.PopulationOf(result.Map["84"]));
    }
}
