using Boundaries.Core.Evaluation;
using Boundaries.Core.Standards;
using Boundaries.Core.Tests.Standards;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Evaluation;

public sealed class ComplianceStatusesTests
{
    private static readonly StandardsCatalogue Catalogue = TestCatalogue.Build();

    private static Assessment Assess(double km2, long? people, params SpecialFactor[] factors)
    {
        var unit = new AdminUnit
        {
            Code = "1", Name = "Xã 1", Type = UnitType.Xa, ParentCode = "900",
            OfficialArea = new OfficialArea(km2, 2022, "test yearbook"),
            Population = people is { } p ? new PopulationFigure(p, 2022, "test count") : null,
            SpecialFactors = factors,
        };
        var map = new AdminMap([new AdminUnit { Code = "900", Name = "Test", Type = UnitType.Huyen }, unit]);
        return StandardsEvaluator.Evaluate(map, Catalogue, new EvaluationOptions(new DateOnly(2023, 6, 13)))["1"];
    }

    [Fact]
    public void Of_BothStandardsMet_IsMeets()
    {
        Assert.Equal(ComplianceStatus.Meets, ComplianceStatuses.Of(Assess(40, 9000)));
    }

    [Fact]
    public void Of_TinyAndSparse_IsMustArrangeWithTheCommandLineWording()
    {
        var status = ComplianceStatuses.Of(Assess(2, 1000));

        Assert.Equal(ComplianceStatus.MustArrange, status);
        Assert.Equal("must-arrange", status.Slug());
        Assert.Equal("thuộc diện sắp xếp", status.VietnameseName());
    }

    [Fact]
    public void Of_PopulationUnknown_IsInsufficientData()
    {
        Assert.Equal(ComplianceStatus.InsufficientData, ComplianceStatuses.Of(Assess(40, null)));
    }

    [Fact]
    public void Names_EveryStatus_HasDistinctSlugAndVietnameseName()
    {
        var all = Enum.GetValues<ComplianceStatus>();

        Assert.Equal(all.Length, all.Select(s => s.Slug()).Distinct().Count());
        Assert.Equal(all.Length, all.Select(s => s.VietnameseName()).Distinct().Count());
    }
}
