using Boundaries.Core.Units;
using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>The crosswalk of the 2025 reform, loaded with the Vĩnh Long dataset and kept in the project file.</summary>
public class CrosswalkImportTests
{
    private readonly CodeCrosswalk _crosswalk = VinhLong2025Project.Project.Crosswalk!;

    [Fact]
    public void Crosswalk_VinhLong2025_Has360RowsFrom354OldUnits()
    {
        Assert.Equal(360, _crosswalk.Rows.Count);
        Assert.Equal(354, _crosswalk.Rows.Select(r => r.OldCode).Distinct().Count());
        Assert.Equal(12, _crosswalk.Rows.Count(r => r.Share == CrosswalkShare.Partial));
        Assert.Equal(new DateOnly(2025, 7, 1), _crosswalk.NewBaseline);
        Assert.All(_crosswalk.Rows, r => Assert.NotNull(VinhLong2025Project.Map.Find(r.NewCode)));
    }

    [Fact]
    public void Successors_OldXaLongKhanhOfTraVinh_IsWhollyInXaLongThanh()
    {
        var row = Assert.Single(_crosswalk.Successors("29521"));

        Assert.Equal("Xã Long Khánh", row.OldName);
        Assert.Equal("Tỉnh Trà Vinh", row.OldProvince);
        Assert.Equal(new UnitCode("29513"), row.NewCode);
        Assert.Equal("Xã Long Thành", row.NewName);
        Assert.Equal(CrosswalkShare.Full, row.Share);
        // The old code exists in the bundled 2023 Trà Vinh map, so both sides have figures.
        Assert.NotNull(TraVinhData.Map.Find("29521"));
    }

    [Fact]
    public void Predecessors_PhuongTraVinh_AreOldPhuong1_3And9()
    {
        var olds = _crosswalk.Predecessors("29242").Select(r => r.OldCode.Value).Order();

        Assert.Equal(["29239", "29242", "29260"], olds);
    }

    [Fact]
    public async Task LoadAsync_AfterSavingVinhLong2025_ReturnsTheCrosswalk()
    {
        using var folder = new TempFolder();
        var store = new GeoPackageProjectStore(folder.File("vl.gpkg"));
        await store.SaveAsync(VinhLong2025Project.Project);

        var loaded = (await store.LoadAsync()).Crosswalk!;

        Assert.Equal(_crosswalk.Rows, loaded.Rows);
        Assert.Equal(_crosswalk.Source, loaded.Source);
        Assert.Equal(new DateOnly(2025, 7, 1), loaded.NewBaseline);
    }
}
