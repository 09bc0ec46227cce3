using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Steps;
using Boundaries.Core.Units;

namespace Boundaries.Core.Tests.Scenarios;

public sealed class ScenarioRefusalTests
{
    private static readonly AdminMap Map = TraVinhMap.Load();

    private static OperationRefusal Refuse(ScenarioOperation op)
    {
        var outcome = new ScenarioWorkspace(Map).Apply(op);
        Assert.False(outcome.Applied);
        return outcome.Refusal!;
    }

    [Fact]
    public void Merge_NonAdjacentUnits_RefusedNamingTheDetachedUnit()
    {
        // Phường 1 and Phường 9 of TP Trà Vinh are 1.2 km apart.
        var refusal = Refuse(new MergeOperation(["29239", "29260"], new NewUnitSpec("29239", "Phường 1", UnitType.Phuong)));

        Assert.Equal("not-adjacent", refusal.Check);
        Assert.Equal(1, refusal.OperationNumber);
        Assert.Equal("merge", refusal.Operation);
        Assert.Equal("29239", refusal.Unit?.Value);
        Assert.Contains("Phường 1 (29239) không có chung ranh giới với phần còn lại của Phường 1", refusal.Message);
        Assert.StartsWith("thao tác 1 (merge), đơn vị 29239:", refusal.ToString());
    }

    [Fact]
    public void Merge_NonAdjacentUnitsDeclaredIsland_Applied()
    {
        var outcome = new ScenarioWorkspace(Map).Apply(new MergeOperation(["29239", "29260"], new NewUnitSpec("29239", "Phường 1", UnitType.Phuong)) { Island = true });

        Assert.True(outcome.Applied, outcome.Refusal?.ToString());
        Assert.Equal(2, outcome.Changed.Single(u => u.Code.Value == "29239").Geometry!.NumGeometries);
    }

    [Fact]
    public void Merge_UnknownCode_RefusedNamingTheCode()
    {
        var refusal = Refuse(new MergeOperation(["29242", "29999"], new NewUnitSpec("29242", "Phường 3", UnitType.Phuong)));

        Assert.Equal("unknown-unit", refusal.Check);
        Assert.Equal("29999", refusal.Unit?.Value);
        Assert.Equal("thao tác 1 (merge), đơn vị 29999: không có đơn vị mã 29999 trên bản đồ", refusal.ToString());
    }

    [Fact]
    public void Merge_UnitCeasedEarlier_RefusedSayingWhere()
    {
        var workspace = new ScenarioWorkspace(Map);
        workspace.Apply(TraVinhScenarios.Nq1277().Operations[0]);

        var outcome = workspace.Apply(new MergeOperation(["29245", "29248"], new NewUnitSpec("29248", "Phường 5", UnitType.Phuong)));

        Assert.Equal("thao tác 2 (merge), đơn vị 29245: đơn vị 29245 đã không còn từ thao tác 1 (địa giới đã chuyển vào 29242)", outcome.Refusal!.ToString());
    }

    [Fact]
    public void Merge_DifferentParentsWithoutParent_Refused()
    {
        // Phường 9 (TP Trà Vinh) and xã Hòa Lợi (Châu Thành) are neighbours in different districts.
        var refusal = Refuse(new MergeOperation(["29260", "29401"], new NewUnitSpec("29260", "Phường 9", UnitType.Phuong)));

        Assert.Equal("parent", refusal.Check);
        Assert.Equal("29401", refusal.Unit?.Value);
    }

    [Fact]
    public void Merge_CodeOfAnotherUnit_Refused()
    {
        var refusal = Refuse(new MergeOperation(["29245", "29242"], new NewUnitSpec("29251", "Phường 6", UnitType.Phuong)));

        Assert.Equal("code-in-use", refusal.Check);
        Assert.Contains("Phường 6 (29251)", refusal.Message);
    }

    [Fact]
    public void Merge_CommunesIntoDistrictType_Refused()
    {
        var refusal = Refuse(new MergeOperation(["29245", "29242"], new NewUnitSpec("29242", "Trà Vinh", UnitType.ThiXa)));

        Assert.Equal("type", refusal.Check);
    }

    [Fact]
    public void Reassign_CommuneUnderCommune_Refused()
    {
        var refusal = Refuse(new ReassignOperation(["29395"], "29260"));

        Assert.Equal("level", refusal.Check);
        Assert.Equal("29395", refusal.Unit?.Value);
    }

    [Fact]
    public void Transfer_MorePeopleThanTheUnitHas_Refused()
    {
        var refusal = Refuse(new TransferOperation(new UnitPart("29521", new DeclaredPart(3.13), 7000), "29530"));

        Assert.Equal("population", refusal.Check);
        Assert.Contains("6,560", refusal.Message);
    }

    [Fact]
    public void Transfer_DeclaredAreaLargerThanUnit_Refused()
    {
        var refusal = Refuse(new TransferOperation(new UnitPart("29245", new DeclaredPart(5), 100), "29242"));

        Assert.Equal("part", refusal.Check);
        Assert.Equal("29245", refusal.Unit?.Value);
    }

    [Fact]
    public void ChangeType_CommuneToDistrictType_Refused()
    {
        var refusal = Refuse(new ChangeTypeOperation("29395", UnitType.ThiXa));

        Assert.Equal("type", refusal.Check);
    }

    [Fact]
    public void Apply_RefusedOperation_LeavesWorkspaceUnchanged()
    {
        var workspace = new ScenarioWorkspace(Map);

        workspace.Apply(new MergeOperation(["29239", "29260"], new NewUnitSpec("29239", "Phường 1", UnitType.Phuong)));

        Assert.Equal(0, workspace.OperationsApplied);
        Assert.Same(Map["29239"], workspace.Find("29239"));
        Assert.Same(Map["29260"], workspace.Find("29260"));
    }

    [Fact]
    public void Apply_ScenarioWithRefusal_StopsAndKeepsEarlierOperations()
    {
        var scenario = TraVinhScenarios.Nq1277() with
        {
            Operations = [TraVinhScenarios.Nq1277().Operations[0], new RenameOperation("29245", "Phường Hai"), new RenameOperation("29242", "Phường Ba")],
        };

        var result = ScenarioEngine.Apply(Map, scenario);

        Assert.False(result.Applied);
        Assert.Equal(2, result.Refusal!.OperationNumber);
        Assert.Equal("rename", result.Refusal.Operation);
        Assert.Single(result.Log);
        Assert.Equal(104, result.Map.Communes.Count());
    }
}
