using Boundaries.Core.Orientations;
using Boundaries.Core.Planning;
using Boundaries.Core.Units;

namespace Boundaries.Planning.Tests;

public class OrientationJudgeTests
{
    private static AdminUnit Xa(string code, double km2, long people, RegionClass region = RegionClass.Other) => new()
    {
        Code = code, Name = code, Type = UnitType.Xa, ParentCode = "999", Region = region,
        OfficialArea = new OfficialArea(km2, 2024, "test"), Population = new PopulationFigure(people, 2024, "test"),
    };

    [Fact]
    public void A_merged_xa_needs_both_the_area_and_the_population_of_its_row()
    {
        var meets = OrientationJudge.Judge(TraVinh2025.Nq76, [Xa("1", 20, 9_000), Xa("2", 10, 7_000)], ProvinceSetting.Other);
        Assert.Equal(OrientationStatus.Meets, meets.Status);
        Assert.Equal(100, meets.AreaPercent!.Value, 6);
        Assert.Equal(100, meets.PopulationPercent!.Value, 6);
        Assert.Equal("nq76-2025/xa/other", meets.Target!.Id);

        var short1 = OrientationJudge.Judge(TraVinh2025.Nq76, [Xa("1", 20, 9_000), Xa("2", 10, 6_999)], ProvinceSetting.Other);
        Assert.Equal(OrientationStatus.CannotMeet, short1.Status);
        Assert.Equal("không đạt định hướng — Ủy ban Thường vụ Quốc hội xem xét, quyết định", short1.Status.Vietnamese());
        Assert.True(short1.Status.IsFailing());
    }

    [Fact]
    public void Three_units_below_the_figures_are_excused_and_said_so_never_counted_as_meeting()
    {
        var j = OrientationJudge.Judge(TraVinh2025.Nq76, [Xa("1", 5, 3_000), Xa("2", 5, 3_000), Xa("3", 5, 3_000)], ProvinceSetting.Other);
        Assert.Equal(OrientationStatus.MergerOfThreeOrMore, j.Status);
        Assert.NotEqual(OrientationStatus.Meets, j.Status);
        Assert.False(j.Status.IsFailing());
        Assert.Contains(j.Notes, n => n.StartsWith("Nhập 3 đơn vị", StringComparison.Ordinal));
    }

    [Fact]
    public void Mountain_xa_and_phuong_rows_follow_the_facts()
    {
        var mountain = OrientationJudge.Judge(TraVinh2025.Nq76, [Xa("1", 60, 3_000, RegionClass.MienNuiVungCao), Xa("2", 40, 2_000, RegionClass.MienNuiVungCao)], ProvinceSetting.Other);
        Assert.Equal("nq76-2025/xa/mien-nui-vung-cao", mountain.Target!.Id);
        Assert.Equal(OrientationStatus.Meets, mountain.Status);

        var ward = Xa("3", 3, 20_000) with { Type = UnitType.Phuong };
        var other = OrientationJudge.Judge(TraVinh2025.Nq76, [ward, Xa("4", 3, 2_000)], ProvinceSetting.Other);
        Assert.Equal(UnitType.Phuong, other.ResultType);
        Assert.Equal(21_000, other.Target!.MinPopulation);
        Assert.Equal(OrientationStatus.Meets, other.Status);
        Assert.Equal(45_000, OrientationJudge.Judge(TraVinh2025.Nq76, [ward], ProvinceSetting.CentrallyRunCity).Target!.MinPopulation);
        Assert.Equal(15_000, OrientationJudge.Judge(TraVinh2025.Nq76, [ward], ProvinceSetting.MountainOrBorderProvince).Target!.MinPopulation);
    }

    [Fact]
    public void Figures_of_another_date_than_31_12_2024_are_noted()
    {
        var j = OrientationJudge.Judge(TraVinh2025.Nq76, [TraVinh2025.Map["29410"]], ProvinceSetting.Other);
        Assert.Contains("Định hướng tính số liệu đến 31/12/2024; dân số dùng ở đây là của năm 2019.", j.Notes);
    }

    [Fact]
    public void The_real_2025_arrangement_of_Tra_Vinh_judged_on_the_tools_and_on_the_declared_figures()
    {
        var real = RealArrangement.Judge(TraVinh2025.Map, TraVinh2025.Crosswalk, TraVinh2025.Declared, TraVinh2025.Nq76, ProvinceSetting.Other);
        Assert.Equal(41, real.Count);
        Assert.Equal(104, real.Sum(r => r.Members.Count));
        int Count(OrientationStatus s, bool declared) => real.Count(r => (declared ? r.OnDeclaredFigures!.Status : r.OnToolFigures.Status) == s);
        Assert.Equal((33, 1, 7), (Count(OrientationStatus.Meets, false), Count(OrientationStatus.MergerOfThreeOrMore, false), Count(OrientationStatus.CannotMeet, false)));
        Assert.Equal((32, 3, 6), (Count(OrientationStatus.Meets, true), Count(OrientationStatus.MergerOfThreeOrMore, true), Count(OrientationStatus.CannotMeet, true)));

        // Phường Trà Vinh = Phường 1, 3 (with 2 and 6 since NQ 1277) and 9: 2019 census 43.215 people, 205,79 % of 21.000.
        var traVinh = real.Single(r => r.Code == "29242");
        Assert.Equal(43_215, traVinh.OnToolFigures.Figures.Population);
        Assert.Equal(205.79, traVinh.OnToolFigures.PopulationPercent!.Value, 2);
        Assert.Equal(OrientationStatus.Meets, traVinh.OnToolFigures.Status);

        // Xã Châu Thành (four units) meets on the census, but its declared 5.056 people (flagged low) only pass as a merger of four.
        var chauThanh = real.Single(r => r.Code == "29374");
        Assert.Equal(OrientationStatus.Meets, chauThanh.OnToolFigures.Status);
        Assert.Equal(OrientationStatus.MergerOfThreeOrMore, chauThanh.OnDeclaredFigures!.Status);
        Assert.StartsWith("low", chauThanh.Declared!.Flag, StringComparison.Ordinal);

        // Xã Long Hòa was kept as it was: 9.349 people in 2019, 13.309 declared; below 16.000 either way.
        var longHoa = real.Single(r => r.Code == "29413");
        Assert.Equal(OrientationStatus.CannotMeet, longHoa.OnToolFigures.Status);
        Assert.Equal(OrientationStatus.CannotMeet, longHoa.OnDeclaredFigures!.Status);
    }
}
