using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Model;

/// <summary>The dossier model of the real resolutions carries the engine's figures.</summary>
public sealed class DossierModelBuilderTests
{
    [Fact]
    public void Build_Nq1277_ThreePhuongBeforeWithStandards()
    {
        var model = TraVinhDossiers.Nq1277;

        Assert.Equal(["Phường 3", "Phường 2", "Phường 6"], model.Before.Select(u => u.Name));
        var phuong2 = model.Before.Single(u => u.Code == "29245");
        Assert.Equal(0.29, phuong2.AreaKm2!.Value, 1e-9);
        Assert.Equal("số liệu thống kê chính thức của địa phương", phuong2.AreaOrigin);
        Assert.Equal(3885, phuong2.Population);
        Assert.Equal(5.27, phuong2.AreaPercent!.Value, 1e-9);
        Assert.Equal(7000, phuong2.Standard!.MinPopulation);
        Assert.All(model.Before, u => Assert.True(u.MustArrange));
    }

    [Fact]
    public void Build_Nq1277_NewPhuong3FiguresAndMergerException()
    {
        var phuong3 = TraVinhDossiers.Nq1277.Plan.Single();

        Assert.Equal("merged", phuong3.Kind);
        Assert.Equal(1.47, phuong3.After.AreaKm2!.Value, 1e-9);
        Assert.Equal(18_644, phuong3.After.Population);
        Assert.Equal(26.73, phuong3.After.AreaPercent!.Value, 1e-9);
        Assert.Equal(266.34, phuong3.After.PopulationPercent!.Value, 1e-9);
        Assert.Equal(3, phuong3.Formed!.FormedFrom);
        Assert.True(phuong3.Formed.PermittedByMergerSize);
        Assert.Equal(3, phuong3.Formed.MinUnitsForException);
        Assert.Contains("Điều 4", phuong3.Formed.Citation);
        Assert.Equal(["Phường 2", "Phường 6"], phuong3.Gained.Select(g => g.FromName));
    }

    [Fact]
    public void Build_Nq1277_NeighboursByDirection()
    {
        var sides = TraVinhDossiers.Nq1277.Plan.Single().Neighbours;

        Assert.Contains(sides, s => s.Direction == "Đông" && s.Names.Contains("Phường 5"));
        Assert.Contains(sides, s => s.Direction == "Nam" && s.Names.Contains("Phường 9"));
        Assert.StartsWith("phía Đông giáp", sides[0].Text);
    }

    [Fact]
    public void Build_Nq1277_CountsAfter()
    {
        var model = TraVinhDossiers.Nq1277;

        var city = model.Counts.Single();
        Assert.Equal((10, 8), (city.Before, city.After));
        Assert.Equal("07 phường và 01 xã", city.AfterText);
        Assert.Equal((106, 104), (model.Province.Communes.Before, model.Province.Communes.After));
        Assert.True(model.Province.Conserved);
    }

    [Fact]
    public void Build_Nq728_DeclaredFiguresMarked()
    {
        var model = TraVinhDossiers.Nq728;

        var declared = Assert.Single(model.Declared);
        Assert.Equal(3.13, declared.AreaKm2, 1e-9);
        Assert.Equal(490, declared.Population);
        Assert.Equal(("xã Long Khánh", "xã Ngũ Lạc"), (declared.FromName, declared.ToName));
        Assert.All(model.Plan, p => Assert.True(p.After.AreaDeclared));
        Assert.Equal(18_986, model.Plan.Single(p => p.After.Code == "29530").After.Population);
    }
}
