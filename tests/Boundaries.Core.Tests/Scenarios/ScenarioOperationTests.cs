using Boundaries.Core.Geodesy;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Results;
using Boundaries.Core.Units;
using NetTopologySuite.Geometries;

namespace Boundaries.Core.Tests.Scenarios;

public sealed class ScenarioOperationTests
{
    private static readonly AdminMap Map = TraVinhMap.Load();

    /// <summary>A square of ±<paramref name="half"/> degrees around the middle of the boundary Phường 9 shares with xã Hòa Lợi.</summary>
    private static Polygon SquareOnHoaLoiBoundary(double half)
    {
        var shared = Map["29401"].Geometry!.Boundary.Intersection(Map["29260"].Geometry!.Boundary);
        var mid = shared.Centroid.Coordinate;
        return (Polygon)new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(mid.X - half, mid.X + half, mid.Y - half, mid.Y + half));
    }

    [Fact]
    public void Transfer_PolygonAcrossBoundary_MovesOnlyThePartInsideTheSource()
    {
        var square = SquareOnHoaLoiBoundary(0.004);
        var op = new TransferOperation(new UnitPart("29401", new PolygonPart(square), 1000, "ấp Kinh Xáng"), "29260");

        var outcome = new ScenarioWorkspace(Map).Apply(op);

        Assert.True(outcome.Applied, outcome.Refusal?.ToString());
        var hoaLoi = outcome.Changed.Single(u => u.Code.Value == "29401");
        var phuong9 = outcome.Changed.Single(u => u.Code.Value == "29260");
        var moved = Map["29401"].GeodesicAreaKm2!.Value - hoaLoi.GeodesicAreaKm2!.Value;
        Assert.InRange(moved, 0.05, EllipsoidalMeasure.AreaKm2(square));
        Assert.Equal(Map["29260"].GeodesicAreaKm2!.Value + moved, phuong9.GeodesicAreaKm2!.Value, 1e-6);
        Assert.Equal(1, phuong9.Geometry!.NumGeometries);
        Assert.Equal(11728 - 1000, hoaLoi.Population!.Value);
        Assert.Contains(outcome.Entry!.Notes, n => n.Contains("nằm ngoài Xã Hòa Lợi (29401)"));
    }

    [Fact]
    public void Transfer_SplitLine_MovesTheSideWithThePoint()
    {
        var hoaLoi = Map["29401"].Geometry!;
        var env = hoaLoi.EnvelopeInternal;
        var factory = hoaLoi.Factory;
        var line = factory.CreateLineString([new(env.MinX - 0.01, env.Centre.Y), new(env.MaxX + 0.01, env.Centre.Y)]);
        var north = Map["29401"].Geometry!.Intersection(factory.ToGeometry(new Envelope(env.MinX, env.MaxX, env.Centre.Y, env.MaxY)));
        var piece = (Polygon)Enumerable.Range(0, north.NumGeometries).Select(north.GetGeometryN).MaxBy(g => g.Area)!;
        var op = new TransferOperation(new UnitPart("29401", new SplitLinePart(line, piece.InteriorPoint.Coordinate), 5000), "29260");

        var outcome = new ScenarioWorkspace(Map).Apply(op);

        Assert.True(outcome.Applied, outcome.Refusal?.ToString());
        var rest = outcome.Changed.Single(u => u.Code.Value == "29401");
        var gained = outcome.Changed.Single(u => u.Code.Value == "29260");
        Assert.Equal(Map["29401"].GeodesicAreaKm2!.Value - EllipsoidalMeasure.AreaKm2(piece), rest.GeodesicAreaKm2!.Value, 1e-6);
        Assert.False(rest.Geometry!.Covers(piece.InteriorPoint));
        Assert.True(gained.Geometry!.Covers(piece.InteriorPoint));
    }

    [Fact]
    public void Transfer_SplitLineMissingTheUnit_RefusedNamingTheUnit()
    {
        var factory = Map["29401"].Geometry!.Factory;
        var line = factory.CreateLineString([new(105.0, 9.0), new(105.1, 9.1)]);
        var op = new TransferOperation(new UnitPart("29401", new SplitLinePart(line, new Coordinate(105.05, 9.05)), 10), "29260");

        var outcome = new ScenarioWorkspace(Map).Apply(op);

        Assert.Equal("part", outcome.Refusal!.Check);
        Assert.Contains("không cắt Xã Hòa Lợi (29401) thành hai phần", outcome.Refusal.Message);
    }

    [Fact]
    public void Transfer_PolygonNotTouchingTarget_RefusedAsNotAdjacent()
    {
        // A square well inside Hòa Lợi, given to Phường 1, which does not touch Hòa Lợi.
        var centre = Map["29401"].Geometry!.InteriorPoint.Coordinate;
        var square = new GeometryFactory(new PrecisionModel(), 4326).ToGeometry(new Envelope(centre.X - 0.001, centre.X + 0.001, centre.Y - 0.001, centre.Y + 0.001));
        var op = new TransferOperation(new UnitPart("29401", new PolygonPart(square), 0), "29239");

        var outcome = new ScenarioWorkspace(Map).Apply(op);

        Assert.Equal("not-adjacent", outcome.Refusal!.Check);
    }

    [Fact]
    public void Establish_FromWholeUnitsAndPolygonPart_FormsOneUnit()
    {
        var part = new UnitPart("29401", new PolygonPart(SquareOnHoaLoiBoundary(0.003)), 800, "ấp Trì Phong");
        var op = new EstablishOperation(new NewUnitSpec("29999", "Phường 10", UnitType.Phuong, "ấp Trì Phong"), "842", ["29260"], [part]);

        var result = Apply(op);

        Assert.True(result.Applied, result.Refusal?.ToString());
        var created = result.Map["29999"];
        Assert.Equal(13546 + 800, created.Population!.Value);
        Assert.Null(result.Map.Find("29260"));
        Assert.Equal("ấp Trì Phong", result.Changes.Single(c => c.Code.Value == "29999").Seat);
        Assert.Equal(["created"], result.Changes.Single(c => c.Code.Value == "29999").What);
        var flows = result.CodeTable.Where(r => r.NewCode.Value == "29999").Select(r => r.OldCode.Value).Order();
        Assert.Equal(["29260", "29401"], flows);
    }

    [Fact]
    public void Establish_DistrictFromCommunes_RebuildsBothDistrictPolygons()
    {
        var op = new EstablishOperation(new NewUnitSpec("999", "Hòa Thuận", UnitType.ThiXa), "84", ["29395", "29398", "29401"], []);

        var result = Apply(op);

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Equal(3, result.Map.ChildrenOf("999").Count);
        var expected = new[] { "29395", "29398", "29401" }.Sum(c => Map[c].GeodesicAreaKm2!.Value);
        Assert.Equal(expected, result.Map["999"].GeodesicAreaKm2!.Value, 1e-6);
        Assert.Equal(11, result.Map.ChildrenOf("847").Count);
    }

    [Fact]
    public void ChangeTypeAndRename_UnitWithoutPolygon_Applied()
    {
        // Thị trấn Long Thành (29513) has no polygon in the bundled data.
        var workspace = new ScenarioWorkspace(Map);

        var renamed = workspace.Apply(new RenameOperation("29513", "Long Thành Mới"));
        var retyped = workspace.Apply(new ChangeTypeOperation("29513", UnitType.Phuong));
        var moved = workspace.Apply(new ReassignOperation(["29513"], "851"));

        Assert.True(renamed.Applied && retyped.Applied && moved.Applied, moved.Refusal?.ToString());
        var unit = workspace.Find("29513")!;
        Assert.Equal(("Long Thành Mới", UnitType.Phuong, "851"), (unit.Name, unit.Type, unit.ParentCode!.Value.Value));
        var result = workspace.ToResult();
        Assert.Equal(1_009_168, result.Figures.PopulationOf(result.Map["84"]));
        Assert.Equal(["name", "type", "parent"], result.Changes.Single(c => c.Code.Value == "29513").What);
    }

    [Fact]
    public void Dissolve_CommuneIntoNeighbour_NeighbourKeepsCodeAndGainsAll()
    {
        var result = Apply(new DissolveOperation("29245", "29242"));

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Equal(3426 + 3499, result.Map["29242"].Population!.Value);
        Assert.Equal(Map["29245"].GeodesicAreaKm2!.Value + Map["29242"].GeodesicAreaKm2!.Value, result.Map["29242"].GeodesicAreaKm2!.Value, 1e-6);
    }

    [Fact]
    public void Dissolve_District_SpreadsCommunesAndKeepsTotals()
    {
        var op = new DissolveOperation("842", "847", new Dictionary<UnitCode, UnitCode> { ["29263"] = "844" });

        var result = Apply(op);

        Assert.True(result.Applied, result.Refusal?.ToString());
        Assert.Null(result.Map.Find("842"));
        Assert.Equal("844", result.Map["29263"].ParentCode?.Value);
        Assert.Equal("847", result.Map["29242"].ParentCode?.Value);
        Assert.Equal(1_009_168, result.Figures.PopulationOf(result.Map["84"]));
        Assert.Equal(result.BaselineFigures.AreaKm2Of(Map["84"])!.Value, result.Figures.AreaKm2Of(result.Map["84"])!.Value, 1e-6);
        var toChauThanh = result.CodeTable.Single(r => r.Level == UnitLevel.District && r.OldCode.Value == "842" && r.NewCode.Value == "847");
        Assert.Equal(1 - (21870.0 / 112584), toChauThanh.PopulationShare!.Value, 1e-9);
    }

    private static ScenarioResult Apply(ScenarioOperation op) =>
        ScenarioEngine.Apply(Map, TraVinhScenarios.Nq1277() with { Operations = [op] });
}
