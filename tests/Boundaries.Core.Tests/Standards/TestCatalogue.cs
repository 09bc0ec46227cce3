using Boundaries.Core.Standards;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Standards;

/// <summary>A small catalogue built in code with the shape and numbers of NQ 1211/27 and NQ 35, for testing the evaluation logic apart from the data files.</summary>
internal static class TestCatalogue
{
    public static LegalBasis Basis(string article, RuleStatus status = RuleStatus.Confirmed) => new("NQ TEST", article, status, ["test source"]);

    public static StandardsCatalogue Build()
    {
        UnitStandard Std(string id, UnitType type, double pop, double area, RegionClass? region = null, UnitType? parent = null) =>
            new(id, type, parent, region, pop, area, Basis("Điều 3"), []);

        var factors = new[]
        {
            new SpecialFactorRule("f/ethnic", ["ethnic-minority-mountainous", "border"], [UnitType.Tinh, UnitType.Huyen, UnitType.Xa],
                StandardDimension.Population, 50, "ethnic minority or border", Basis("Điều 3a"))
            {
                MinorityThresholdPercent = 30, StepPercentPer10PercentMinority = 5, FloorPercent = 20,
            },
            new SpecialFactorRule("f/coastal", ["coastal-disadvantaged"], [UnitType.Xa], StandardDimension.Population, 50, "coastal", Basis("Điều 3a")),
            new SpecialFactorRule("f/delta", ["red-river-delta"], [UnitType.Tinh, UnitType.Huyen, UnitType.Xa], StandardDimension.Area, 70, "delta", Basis("Điều 3a")),
        };
        var regime = new Regime("r2023", "test regime", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31), Basis("all"),
            [
                Std("r2023/xa/other", UnitType.Xa, 8000, 30, RegionClass.Other),
                Std("r2023/xa/mountain", UnitType.Xa, 5000, 50, RegionClass.MienNuiVungCao),
                Std("r2023/phuong/thanh-pho", UnitType.Phuong, 7000, 5.5, parent: UnitType.ThanhPhoThuocTinh),
                new("r2023/huyen/other", UnitType.Huyen, null, RegionClass.Other, 120000, 450, Basis("Điều 2"),
                    [new SubordinateCriterion("r2023/huyen/communes", "≥ 13 xã", [], 13, null, Basis("Điều 2")),
                     new SubordinateCriterion("r2023/huyen/thi-tran", "≥ 1 thị trấn", [UnitType.ThiTran], 1, null, Basis("Điều 2", RuleStatus.Unconfirmed))]),
            ],
            factors,
            new LegalProvision("f/one-only", "one reduction per standard", Basis("Điều 3a")));
        var old = new Regime("r2016", "old regime", new DateOnly(2016, 5, 25), new DateOnly(2022, 12, 31), Basis("all"),
            [Std("r2016/xa/other", UnitType.Xa, 8000, 30, RegionClass.Other)], [], null);

        var period = new ArrangementPeriod("p/2023-2025", new DateOnly(2023, 1, 1), new DateOnly(2025, 12, 31),
        [
            new ArrangementCriterion("p/both-70", [UnitLevel.District, UnitLevel.Commune], 70, 70, "both below 70 %", Basis("Điều 1 khoản 2 điểm a")),
            new ArrangementCriterion("p/commune-20-300", [UnitLevel.Commune], 20, 300, "area below 20 %, population below 300 %", Basis("Điều 1 khoản 2")),
        ]);
        var later = new ArrangementPeriod("p/2026-2030", new DateOnly(2026, 1, 1), new DateOnly(2030, 12, 31),
            [new ArrangementCriterion("p/commune-30-300", [UnitLevel.Commune], 30, 300, "unconfirmed row", Basis("Điều 1 khoản 3", RuleStatus.Unconfirmed))]);
        var programme = new ArrangementProgramme("p", "test programme", new DateOnly(2023, 7, 12), "r2023", [UnitLevel.District, UnitLevel.Commune],
            Basis("all"), [period, later],
            [new ExemptionGround("p/exempt/1945", "exempt-unchanged-since-1945", "b", "unchanged since 1945", [], Basis("Điều 3"))],
            new MergedUnitRule("p/merged", 3, "merge 3 or more", Basis("Điều 4")));
        return new StandardsCatalogue([old, regime], [programme], []);
    }
}
