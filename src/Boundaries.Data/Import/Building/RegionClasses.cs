namespace Boundaries.Data.Import.Building;

/// <summary>Reads a region class as datasets write it ("mien-nui-vung-cao", "Miền núi", "vùng cao", "hai-dao", "hải đảo", "other", "đồng bằng").</summary>
internal static class RegionClasses
{
    /// <summary>The class, or null when the text names none.</summary>
    public static RegionClass? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var key = UnitTypes.Fold(text);
        if (key is "mien nui vung cao" or "miennuivungcao" or "mien nui" or "vung cao" or "mountainous" or "highland" or "mountainous highland")
        {
            return RegionClass.MienNuiVungCao;
        }

        if (key is "hai dao" or "island" or "xa dao")
        {
            return RegionClass.HaiDao;
        }

        return key is "other" or "khac" or "dong bang" or "lowland" ? RegionClass.Other : null;
    }
}
