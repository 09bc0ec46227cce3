using Boundaries.Core.Units;
using Boundaries.Maps.Projection;
using Boundaries.Maps.Tests.TestSupport;

namespace Boundaries.Maps.Tests.Projection;

public sealed class DisplayCrsTests
{
    [Fact]
    public void For_TraVinh_IsTheProvincialGridVn2000Tm3_105_30()
    {
        var crs = DisplayCrs.For(TraVinh.Map);

        Assert.Equal(9209, crs.Epsg);
        Assert.Equal(105.5, crs.CentralMeridian);
        Assert.Equal("Hệ tọa độ VN-2000, kinh tuyến trục 105°30', múi chiếu 3° (EPSG:9209)", crs.Description);
    }

    [Theory]
    [InlineData("Sóc Trăng", 9209)]
    [InlineData("Hồ Chí Minh", 9210)]
    [InlineData("Bà Rịa - Vũng Tàu", 5899)]
    [InlineData("Khánh Hòa", 9217)]
    [InlineData("Hà Nội", null)]
    public void ProvincialGrids_For_GivesTheEpsgAreaOfUse(string province, int? epsg)
    {
        Assert.Equal(epsg, ProvincialGrids.For(province));
    }

    [Fact]
    public void For_ProvinceWithoutAProvincialGridInTheTable_UsesUtmByLongitude()
    {
        var hanoi = new AdminMap([new AdminUnit { Code = "01", Name = "Hà Nội", Type = UnitType.ThanhPhoTrucThuocTrungUong }]);

        Assert.Equal(3405, DisplayCrs.For(hanoi).Epsg);
    }

    [Fact]
    public void Project_TpTraVinhCentre_IsAboutEightyKmEastOfTheCentralMeridian()
    {
        var crs = DisplayCrs.For(TraVinh.Map);

        var (x, y) = crs.Project(106.3452, 9.9347);

        // TM-3 105°30' with false easting 500 km: 0.845° of longitude at 9.93°N is about 92.7 km.
        Assert.Equal(592_700, x, 300.0);
        Assert.Equal(1_098_400, y, 600.0);
    }
}
