using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Data.Scenarios;
using Boundaries.Data.Store;

namespace Boundaries.Maps.Tests.TestSupport;

/// <summary>The real Trà Vinh project through the importer, evaluated as of the seed report (13/06/2023), and NQ 1277 applied to it; built once.</summary>
internal static class TraVinh
{
    private static readonly Lazy<MapEvaluation> LazyEvaluation = new(() => StandardsEvaluator.Evaluate(Map, Catalogue, new EvaluationOptions(SeedReport)));
    private static readonly Lazy<(ScenarioResult, ScenarioAssessment)> LazyNq1277 = new(() =>
    {
        var result = ScenarioEngine.Apply(Map, ScenarioFile.Read(RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json")));
        return (result, ScenarioAssessor.Assess(result, Catalogue, new EvaluationOptions(new DateOnly(2025, 1, 1))));
    });

    /// <summary>The date of the province's seed report.</summary>
    public static readonly DateOnly SeedReport = TraVinhData.SeedReport;

    public static StandardsCatalogue Catalogue => TraVinhData.Catalogue;

    public static BoundaryProject Project => TraVinhData.Project;

    public static AdminMap Map => Project.Map;

    public static MapEvaluation Evaluation => LazyEvaluation.Value;

    public static ScenarioResult Nq1277 => LazyNq1277.Value.Item1;

    public static ScenarioAssessment Nq1277Assessment => LazyNq1277.Value.Item2;

    /// <summary>The province map coloured by status, as the command draws it.</summary>
    public static MapRequest ProvinceRequest(Orientation orientation = Orientation.Landscape, int dpi = 300) => new()
    {
        Title = "BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TỈNH TRÀ VINH",
        Subtitle = "09/106 đơn vị hành chính cấp xã thuộc diện sắp xếp",
        Panels = [new MapPanel(null, Map) { Evaluation = Evaluation }],
        Orientation = orientation,
        Dpi = dpi,
        Sources = Project.Metadata.Sources,
        DateLine = "Đánh giá theo quy định có hiệu lực ngày 13/06/2023",
    };

    /// <summary>TP Trà Vinh (842) on its own.</summary>
    public static MapRequest DistrictRequest(int dpi = 150) => ProvinceRequest(Orientation.Auto, dpi) with { District = new UnitCode("842") };

    /// <summary>NQ 1277 before and after, TP Trà Vinh.</summary>
    public static MapRequest BeforeAfterRequest(int dpi = 150) => ProvinceRequest(Orientation.Auto, dpi) with
    {
        District = new UnitCode("842"),
        Panels =
        [
            new MapPanel("Hiện trạng", Nq1277.Baseline) { Evaluation = Nq1277Assessment.Before, Changed = Codes("29242", "29245", "29251") },
            new MapPanel("Sau sắp xếp", Nq1277.Map) { Evaluation = Nq1277Assessment.After, Changed = Codes("29242") },
        ],
    };

    private static HashSet<UnitCode> Codes(params string[] codes) => codes.Select(c => new UnitCode(c)).ToHashSet();
}
