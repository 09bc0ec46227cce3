using Boundaries.Core.Units;

namespace Boundaries.Maps.Projection;

/// <summary>The VN-2000 TM-3 grid of each province, as listed in the areas of use of EPSG:9205–9218 and 5899.</summary>
/// <remarks>
/// The central meridians follow Thông tư 973/2001/TT-TCĐC (each province's own TM-3 meridian); the EPSG dataset
/// records them as the areas of use of these CRSs. Names are compared folded (no case, no diacritics). Provinces
/// not listed (those on the zone meridians of EPSG:5896–5898) get VN-2000 / UTM instead, see <see cref="DisplayCrs"/>.
/// </remarks>
internal static class ProvincialGrids
{
    private static readonly (int Epsg, string[] Provinces)[] Grids =
    [
        (5899, ["quang ninh", "da nang", "quang nam", "ba ria vung tau", "ba ria - vung tau", "dong nai", "lam dong"]),
        (9205, ["dien bien", "lai chau"]),
        (9206, ["son la"]),
        (9207, ["ca mau", "kien giang"]),
        (9208, ["an giang", "lao cai", "nghe an", "phu tho", "yen bai"]),
        (9209, ["bac ninh", "ha giang", "ha tinh", "hai duong", "hung yen", "nam dinh", "soc trang", "tay ninh", "thai binh", "tra vinh", "vinh long"]),
        (9210, ["hai phong", "ho chi minh", "ben tre", "binh duong", "cao bang", "long an", "tien giang"]),
        (9211, ["hoa binh", "quang binh", "tuyen quang"]),
        (9212, ["binh phuoc", "quang tri"]),
        (9213, ["bac kan", "thai nguyen"]),
        (9214, ["bac giang", "thua thien hue", "hue"]),
        (9215, ["lang son"]),
        (9216, ["kon tum"]),
        (9217, ["binh dinh", "khanh hoa", "ninh thuan"]),
        (9218, ["binh thuan", "dak lak", "dak nong", "gia lai", "phu yen"]),
    ];

    /// <summary>The EPSG code of the province's TM-3 grid, or null when the table does not list it.</summary>
    public static int? For(string provinceName)
    {
        var key = UnitTypes.Fold(provinceName);
        foreach (var (epsg, provinces) in Grids)
        {
            if (provinces.Any(p => UnitTypes.Fold(p) == key))
            {
                return epsg;
            }
        }

        return null;
    }
}
