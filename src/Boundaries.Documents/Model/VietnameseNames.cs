using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Core.Formatting;

namespace Boundaries.Documents.Model;

/// <summary>The words of the documents: names in running text, kinds of standard, verdicts, kinds of operation.</summary>
internal static class VietnameseNames
{
    private static readonly UnitType[] CommuneOrderRural = [UnitType.Xa, UnitType.Phuong, UnitType.ThiTran];
    private static readonly UnitType[] CommuneOrderUrban = [UnitType.Phuong, UnitType.Xa, UnitType.ThiTran];
    private static readonly UnitType[] DistrictOrder = [UnitType.Huyen, UnitType.ThiXa, UnitType.ThanhPhoThuocTinh, UnitType.Quan];

    /// <summary>A name in running text: "xã Long Khánh", "thành phố Trà Vinh"; numbered phường keep their capital ("Phường 3").</summary>
    public static string InText(string fullName, UnitType type)
    {
        var prefix = type.VietnameseName() + " ";
        if (!fullName.StartsWith(prefix, StringComparison.Ordinal))
        {
            return fullName;
        }

        var rest = fullName[prefix.Length..];
        return rest.All(char.IsDigit) ? fullName : type.VietnameseName().ToLowerInvariant() + " " + rest;
    }

    /// <summary>A unit's name in running text.</summary>
    public static string InText(AdminUnit unit) => InText(unit.FullName, unit.Type);

    /// <summary>The level in words: "cấp xã", "cấp huyện", "cấp tỉnh".</summary>
    public static string LevelText(UnitLevel level) => level switch
    {
        UnitLevel.Province => "cấp tỉnh",
        UnitLevel.District => "cấp huyện",
        _ => "cấp xã",
    };

    /// <summary>The level as the model names it: "province", "district", "commune".</summary>
    public static string LevelKey(UnitLevel level) => level switch
    {
        UnitLevel.Province => "province",
        UnitLevel.District => "district",
        _ => "commune",
    };

    /// <summary>The kind of unit a standard is for: "phường thuộc thành phố thuộc tỉnh", "xã miền núi, vùng cao".</summary>
    public static string StandardName(UnitStandard standard)
    {
        var name = standard.UnitType.VietnameseName().ToLowerInvariant();
        name += standard.ParentType switch
        {
            UnitType.ThanhPhoThuocTinh => " thuộc thành phố thuộc tỉnh",
            UnitType.Quan => " thuộc quận",
            UnitType.ThiXa => " thuộc thị xã",
            _ => "",
        };
        return standard.Region == RegionClass.MienNuiVungCao ? name + " miền núi, vùng cao" : name;
    }

    /// <summary>The verdict of an assessment in words.</summary>
    /// <remarks><paramref name="meets"/> is the verdict on the printed figures (official figures may replace the evaluated ones).</remarks>
    public static string Status(Assessment a, bool? meets) => a switch
    {
        { InsufficientData: true } when meets is null => "chưa đủ số liệu để đánh giá",
        { MustArrange: true, Exempt: true } => "thuộc diện sắp xếp, thuộc trường hợp không bắt buộc sắp xếp",
        { MustArrange: true } => "thuộc diện phải sắp xếp",
        _ when meets == true => "đạt tiêu chuẩn",
        _ => "chưa đạt tiêu chuẩn",
    };

    /// <summary>The subordinate units by type as resolutions write them: "07 phường và 01 xã".</summary>
    public static string Breakdown(IEnumerable<AdminUnit> children, UnitType? parentType)
    {
        var list = children.ToList();
        if (list.Count == 0)
        {
            return "";
        }

        var order = list[0].Level == UnitLevel.District ? DistrictOrder
            : parentType is { } p && p.IsUrban() ? CommuneOrderUrban
            : CommuneOrderRural;
        var byType = list.GroupBy(c => c.Type).ToDictionary(g => g.Key, g => g.Count());
        var parts = order.Concat(byType.Keys.Except(order))
            .Where(byType.ContainsKey)
            .Select(t => $"{VietnameseFormat.TwoDigits(byType[t])} {t.VietnameseName().ToLowerInvariant()}")
            .ToList();
        return VietnameseFormat.JoinAnd(parts);
    }

    /// <summary>What a scenario does as a whole: "sắp xếp đơn vị hành chính", "điều chỉnh địa giới đơn vị hành chính".</summary>
    public static string ScenarioKind(IEnumerable<string> kinds)
    {
        var words = kinds.Select(k => k switch
        {
            "merge" or "dissolve" => "sắp xếp",
            "transfer" or "reassign" => "điều chỉnh địa giới",
            "establish" => "thành lập",
            "rename" => "đổi tên",
            _ => "chuyển loại",
        }).Distinct().ToList();
        return VietnameseFormat.JoinAnd(words) + " đơn vị hành chính";
    }
}
