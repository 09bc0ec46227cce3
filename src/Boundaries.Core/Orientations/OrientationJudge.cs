using System.Globalization;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Orientations;

/// <summary>Judges a proposed new commune-level unit against an arrangement orientation such as NQ 76/2025/UBTVQH15.</summary>
/// <remarks>
/// The rows are data (data/standards/orientation-*.json): a xã needs both the area and the population of its row (miền núi,
/// vùng cao or other), a phường those of its province's row; a merger of at least <see cref="MergedUnitRule.MinUnitsForException"/>
/// units need not be assessed; anything else below a figure "cannot meet" and goes to the UBTVQH. The orientation's figures
/// refer to <see cref="Orientation.DataReferenceDate"/>; figures of another date are judged as they are and noted.
/// </remarks>
public static class OrientationJudge
{
    /// <summary>Judges the group of existing units that would form one new unit.</summary>
    public static OrientationJudgement Judge(Orientation orientation, IReadOnlyList<AdminUnit> members, ProvinceSetting setting)
    {
        ArgumentNullException.ThrowIfNull(orientation);
        ArgumentNullException.ThrowIfNull(members);
        if (members.Count == 0)
        {
            throw new ArgumentException("A new unit is formed from at least one unit.", nameof(members));
        }

        var type = ResultTypeOf(members);
        var region = type == UnitType.Xa ? RegionOf(members) : RegionClass.Other;
        return Judge(orientation, type, region, GroupFigures.Of(members), members.Count, setting);
    }

    /// <summary>Judges a new unit given by its type, region class and figures (declared figures of a unit formed, for example).</summary>
    public static OrientationJudgement Judge(
        Orientation orientation, UnitType type, RegionClass region, GroupFigures figures, int memberCount, ProvinceSetting setting)
    {
        ArgumentNullException.ThrowIfNull(orientation);
        ArgumentNullException.ThrowIfNull(figures);
        var notes = new List<string>();
        var target = TargetFor(orientation, type, region, setting, notes);
        var judgement = new OrientationJudgement(orientation, type, target, figures, memberCount, OrientationStatus.NoTarget, notes);
        var status = target is null ? OrientationStatus.NoTarget : StatusOf(judgement, orientation.MergedUnitRule);
        if (memberCount >= orientation.MergedUnitRule.MinUnitsForException)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Nhập {memberCount} đơn vị: {orientation.MergedUnitRule.Description} ({orientation.MergedUnitRule.Basis.Citation})."));
        }

        if (figures.WithoutArea.Count > 0)
        {
            notes.Add($"Diện tích chưa tính {string.Join(", ", figures.WithoutArea)} (không có ranh giới, không có số liệu công bố): là mức tối thiểu.");
        }

        if (figures.WithoutPopulation.Count > 0)
        {
            notes.Add($"Dân số chưa tính {string.Join(", ", figures.WithoutPopulation)} (không có số liệu): là mức tối thiểu.");
        }

        var reference = orientation.DataReferenceDate;
        if (figures.PopulationYears.Any(y => y != reference.Year))
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Định hướng tính số liệu đến {reference:dd/MM/yyyy}; dân số dùng ở đây là của năm {string.Join(", ", figures.PopulationYears.Order())}."));
        }

        return judgement with { Status = status };
    }

    /// <summary>The type of the unit formed: NQ 76/2025 gives a phường when a phường is merged, a xã when xã and thị trấn are.</summary>
    public static UnitType ResultTypeOf(IReadOnlyList<AdminUnit> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (members.Any(u => u.Type == UnitType.Phuong))
        {
            return UnitType.Phuong;
        }

        return members.Count == 1 && members[0].Type == UnitType.DacKhu ? UnitType.DacKhu : UnitType.Xa;
    }

    private static RegionClass RegionOf(IReadOnlyList<AdminUnit> members)
    {
        var regions = members.Select(u => u.Region).Distinct().ToList();
        return regions.Count == 1 ? regions[0] : RegionClass.Unknown;
    }

    private static OrientationTarget? TargetFor(Orientation orientation, UnitType type, RegionClass region, ProvinceSetting setting, List<string> notes)
    {
        string? suffix = type switch
        {
            UnitType.Xa when region == RegionClass.MienNuiVungCao => "xa/mien-nui-vung-cao",
            UnitType.Xa when region == RegionClass.HaiDao => null,
            UnitType.Xa => "xa/other",
            UnitType.Phuong => setting switch
            {
                ProvinceSetting.CentrallyRunCity => "phuong/thanh-pho-truc-thuoc-tw",
                ProvinceSetting.MountainOrBorderProvince => "phuong/tinh-mien-nui-bien-gioi",
                _ => "phuong/other",
            },
            _ => null,
        };
        if (type == UnitType.Xa && region == RegionClass.Unknown)
        {
            notes.Add("Chưa ghi nhận đơn vị thuộc miền núi, vùng cao: áp dụng mức của xã khác.");
        }

        var target = suffix is null ? null : orientation.Targets.FirstOrDefault(t => t.Id.EndsWith("/" + suffix, StringComparison.Ordinal));
        if (target is null)
        {
            notes.Add($"{orientation.Basis.Instrument} không quy định mức cho {type.VietnameseName().ToLowerInvariant()} trong trường hợp này.");
        }

        return target;
    }

    private static OrientationStatus StatusOf(OrientationJudgement j, MergedUnitRule rule)
    {
        var area = j.AreaReached;
        var people = j.PopulationReached;
        var complete = j.Figures.WithoutArea.Count == 0 && j.Figures.WithoutPopulation.Count == 0;
        if (area == true && people == true)
        {
            return OrientationStatus.Meets;
        }

        if (j.MemberCount >= rule.MinUnitsForException)
        {
            return OrientationStatus.MergerOfThreeOrMore;
        }

        // A figure that falls short although complete decides the case; a short lower bound does not.
        var areaFails = area == false && j.Figures.WithoutArea.Count == 0;
        var peopleFails = people == false && j.Figures.WithoutPopulation.Count == 0;
        return areaFails || peopleFails || (complete && (area == false || people == false))
            ? OrientationStatus.CannotMeet
            : OrientationStatus.MissingFigures;
    }
}
