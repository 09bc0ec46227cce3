using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Units;
using CsCheck;
using NetTopologySuite.Geometries;

namespace Boundaries.Core.Tests.Scenarios;

/// <summary>Random sequences of merges, reassignments and polygon transfers on the real Trà Vinh map never lose or create area or people.</summary>
public sealed class ScenarioPropertyTests
{
    private static readonly AdminMap Map = TraVinhMap.Load();
    private static readonly double BaselineKm2 = AreaKm2(Map.Communes, Map.Unassigned, _ => 0);
    private static readonly long BaselinePeople = Map.Communes.Sum(c => c.Population!.Value);

    private static readonly Gen<(int Kind, int A, int B, double F)[]> Steps =
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 10_000], Gen.Int[0, 10_000], Gen.Double[0.05, 0.95]).Array[1, 6];

    [Fact]
    public void Apply_RandomOperationSequences_ConserveAreaAndPopulation()
    {
        Steps.Sample(
            steps =>
            {
                var workspace = new ScenarioWorkspace(Map);
                foreach (var step in steps)
                {
                    if (Operation(workspace, step) is not { } op)
                    {
                        continue;
                    }

                    var applied = workspace.OperationsApplied;
                    var outcome = workspace.Apply(op);
                    Assert.Equal(applied + (outcome.Applied ? 1 : 0), workspace.OperationsApplied);
                    AssertConserved(workspace);
                }
            },
            iter: 40,
            threads: 1);
    }

    private static void AssertConserved(ScenarioWorkspace workspace)
    {
        var units = workspace.Units.ToList();
        var communes = units.Where(u => u.Level == UnitLevel.Commune).ToList();
        Assert.Equal(BaselinePeople, communes.Sum(c => c.Population?.Value ?? 0));
        var km2 = AreaKm2(communes, Map.Unassigned, c => workspace.DeclaredAreaKm2Of(c));
        Assert.Equal(BaselineKm2, km2 + workspace.InputOverlapRemovedKm2, BaselineKm2 * 1e-9);
        Assert.All(communes, c => Assert.Equal(UnitLevel.District, workspace.Find(c.ParentCode!.Value)?.Level));
        Assert.Equal(106 - workspace.Log.Count(e => e.Operation == "merge"), communes.Count);
    }

    private static double AreaKm2(IEnumerable<AdminUnit> communes, IEnumerable<UnassignedArea> unassigned, Func<UnitCode, double> declared) =>
        communes.Sum(c => (c.GeodesicAreaKm2 ?? 0) + declared(c.Code)) + unassigned.Sum(a => a.GeodesicAreaKm2);

    /// <summary>Turns random choices into an operation on the current state: a merge of neighbours, a reassignment, or a square cut across a shared boundary.</summary>
    private static ScenarioOperation? Operation(ScenarioWorkspace workspace, (int Kind, int A, int B, double F) step)
    {
        var communes = workspace.Units.Where(u => u.Level == UnitLevel.Commune && u.Geometry is not null).ToList();
        var a = communes[step.A % communes.Count];
        var neighbours = communes.Where(c => c.Code != a.Code && c.Geometry!.EnvelopeInternal.Intersects(a.Geometry!.EnvelopeInternal) && c.Geometry.Intersects(a.Geometry)).ToList();
        switch (step.Kind)
        {
            case 0:
                var siblings = neighbours.Where(n => n.ParentCode == a.ParentCode).ToList();
                return siblings.Count == 0 ? null : new MergeOperation([a.Code, siblings[step.B % siblings.Count].Code], new NewUnitSpec(a.Code, a.Name, a.Type));
            case 1:
                var districts = workspace.Units.Where(u => u.Level == UnitLevel.District && u.Code != a.ParentCode).ToList();
                return new ReassignOperation([a.Code], districts[step.B % districts.Count].Code);
            default:
                if (neighbours.Count == 0)
                {
                    return null;
                }

                var b = neighbours[step.B % neighbours.Count];
                var shared = a.Geometry!.Boundary.Intersection(b.Geometry!.Boundary);
                if (shared.Length == 0)
                {
                    return null;
                }

                var at = shared.InteriorPoint.Coordinate;
                var half = 0.002 + (0.01 * step.F);
                var square = a.Geometry.Factory.ToGeometry(new Envelope(at.X - half, at.X + half, at.Y - half, at.Y + half));
                var people = (long)(step.F * (a.Population?.Value ?? 0) / 4);
                return new TransferOperation(new UnitPart(a.Code, new PolygonPart(square), people), b.Code);
        }
    }
}
