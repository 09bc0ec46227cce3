using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Core.Units;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage;

public sealed class CoverageUnitTests
{
    [Fact]
    public void Of_CommuneLevel_UnitsWithPolygonByCodeAndUnassignedAreasByName()
    {
        var square = Unit("x", "POLYGON((106 10, 106.01 10, 106.01 10.01, 106 10.01, 106 10))").Geometry;
        var north = Unit("x", "POLYGON((106 10.01, 106.01 10.01, 106.01 10.02, 106 10.02, 106 10.01))").Geometry;
        var map = new AdminMap(
            [
                new AdminUnit { Code = "851", Name = "Duyên Hải", Type = UnitType.ThiXa },
                new AdminUnit { Code = "29512", Name = "Phường 1", Type = UnitType.Phuong, ParentCode = "851", GeometryNote = "no polygon" },
                new AdminUnit { Code = "29518", Name = "Long Toàn", Type = UnitType.Xa, ParentCode = "851", Geometry = square },
            ],
            [new UnassignedArea("Thị trấn Duyên Hải", "851", north, "c. 2009 polygon", ["29512", "29516"])]);

        var communes = CoverageUnit.Of(map, UnitLevel.Commune);
        var districts = CoverageUnit.Of(map, UnitLevel.District);

        Assert.Equal(["29518", "Thị trấn Duyên Hải"], communes.Select(u => u.Key));
        Assert.Empty(districts);
        Assert.True(Adjacency.Build(communes).AreNeighbours("29518", "Thị trấn Duyên Hải"));
    }
}
