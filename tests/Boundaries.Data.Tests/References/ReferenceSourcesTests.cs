using Boundaries.Core.Geodesy;
using Boundaries.Data.References;

namespace Boundaries.Data.Tests.References;

/// <summary>The reference layers read from the bundled data, on Vĩnh Long 2025 (two-tier) and Trà Vinh 2023 (with districts).</summary>
public sealed class ReferenceSourcesTests
{
    private static readonly string Boundaries = Path.Combine(RepoPaths.Root, "data", "boundaries");

    [Fact]
    public void Entries_NoSeatPositionInAnyBundledSource_SeatsListedAsUnavailable()
    {
        var entries = new ReferenceSources(VinhLong2025Project.Map, Boundaries).Entries;

        Assert.Equal(["other-baseline", "province", "seats"], entries.Select(e => e.Id));
        Assert.Equal([true, true, false], entries.Select(e => e.Available));
        Assert.Contains("Chưa có dữ liệu trụ sở", entries[2].Label);
        Assert.Contains("khoảng năm 2013", entries[0].Label);
        Assert.Null(new ReferenceSources(VinhLong2025Project.Map, Boundaries).Load("seats"));
    }

    [Fact]
    public void Load_ProvinceOfVinhLong2025_OutlineAreaIsTheProvincesArea()
    {
        var layer = new ReferenceSources(VinhLong2025Project.Map, Boundaries).Load(ReferenceSources.Province)!;

        var outline = Assert.Single(layer.Shapes);
        // The 124 polygons measure 6,089.58 km² (data/boundaries/vinh-long-2025/README.md), 3.3 % under the 6,296.2 km² declared.
        Assert.Equal(6089.58, EllipsoidalMeasure.AreaKm2(outline.Polygon), 0.5);
        Assert.Equal(VinhLong2025Project.Map.Communes.Sum(c => EllipsoidalMeasure.AreaKm2(c.Geometry!)), EllipsoidalMeasure.AreaKm2(outline.Polygon), 1.0);
    }

    [Fact]
    public void Load_ProvinceOfTraVinh2023_IsTheUnionOfItsDistricts()
    {
        var sources = new ReferenceSources(TraVinhData.Map, Boundaries);

        var layer = sources.Load(ReferenceSources.Province)!;

        Assert.Contains("hợp ranh giới các huyện", layer.Label);
        var outline = Assert.Single(layer.Shapes);
        Assert.Equal(TraVinhData.Map.Districts.Sum(d => EllipsoidalMeasure.AreaKm2(d.Geometry!)), EllipsoidalMeasure.AreaKm2(outline.Polygon), 5.0);
    }
}
