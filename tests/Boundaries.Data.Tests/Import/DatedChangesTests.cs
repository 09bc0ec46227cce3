using Boundaries.Core.Scenarios;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

/// <summary>
/// The map has moved since 1 July 2025: on 30/04/2026 tỉnh Đồng Nai became a thành phố trực thuộc trung ương and ten of
/// its xã became phường (NQ 30/2026/QH16, NQ 237/NQ-UBTVQH16). The national dataset carries that as a dated change.
/// </summary>
public class DatedChangesTests
{
    private static readonly Lazy<BoundaryProject> DongNai = new(() =>
        ProjectBuilder.Build(RepoPaths.Vietnam2025, new ImportOptions { Province = "75" }, TraVinhData.Catalogue).Project);

    [Fact]
    public void Build_NationalDataset_KeepsTheBaselineAndCarriesTheDongNaiChangeApart()
    {
        var project = DongNai.Value;

        var change = Assert.Single(project.Metadata.DatedChanges);
        Assert.Equal(new DateOnly(2026, 4, 30), change.EffectiveDate);
        Assert.Equal(["Nghị quyết số 30/2026/QH16", "Nghị quyết số 237/NQ-UBTVQH16"], change.LegalBasis.Select(l => l.Instrument));
        // The baseline itself stays the state of 1 July 2025.
        Assert.Equal(UnitType.Tinh, project.Map[new UnitCode("75")].Type);
        Assert.Equal(23, project.Map.Communes.Count(u => u.Type == UnitType.Phuong));
        Assert.Equal(72, project.Map.Communes.Count(u => u.Type == UnitType.Xa));
    }

    [Fact]
    public void OnDate_BeforeAndAfter30April2026_GivesTheMapOfThatDay()
    {
        var project = DongNai.Value;

        var before = MapOnDate.Of(project.Map, project.Metadata.DatedChanges, new DateOnly(2026, 4, 29));
        var after = MapOnDate.Of(project.Map, project.Metadata.DatedChanges, new DateOnly(2026, 12, 4));

        Assert.Empty(before.Applied);
        Assert.Single(before.Later);
        Assert.Same(project.Map, before.Map);
        Assert.Single(after.Applied);
        Assert.Equal(UnitType.ThanhPhoTrucThuocTrungUong, after.Map[new UnitCode("75")].Type);
        Assert.Equal(33, after.Map.Communes.Count(u => u.Type == UnitType.Phuong));
        Assert.Equal(62, after.Map.Communes.Count(u => u.Type == UnitType.Xa));
        Assert.Equal("Phường Lộc Ninh", after.Map[new UnitCode("25270")].FullName);
        // A change of type moves no territory and no people.
        Assert.Equal(project.Map.Communes.Sum(u => u.People), after.Map.Communes.Sum(u => u.People));
        Assert.Equal(project.Map.Communes.Sum(u => u.OfficialArea!.Km2), after.Map.Communes.Sum(u => u.OfficialArea!.Km2), 6);
    }

    [Fact]
    public void Build_AnotherProvince_LeavesTheChangeOutAndSaysSo()
    {
        var built = ProjectBuilder.Build(RepoPaths.Vietnam2025, new ImportOptions { Province = "86" }, TraVinhData.Catalogue).Project;

        Assert.Empty(built.Metadata.DatedChanges);
        Assert.Contains("Dated change 2026-04-30-dong-nai.json: about other provinces, left out", built.Metadata.Sources);
    }

    [Fact]
    public async Task SaveAndLoad_GeoPackage_KeepsTheDatedChange()
    {
        using var folder = new TempFolder();
        var store = new GeoPackageProjectStore(folder.File("dong-nai.gpkg"));
        await store.SaveAsync(DongNai.Value);

        var loaded = await store.LoadAsync();

        var change = Assert.Single(loaded.Metadata.DatedChanges);
        Assert.Equal(new DateOnly(2026, 4, 30), change.EffectiveDate);
        Assert.Equal(11, change.Operations.Count);
        Assert.Equal(33, MapOnDate.Of(loaded.Map, loaded.Metadata.DatedChanges, new DateOnly(2026, 12, 4)).Map.Communes.Count(u => u.Type == UnitType.Phuong));
    }
}
