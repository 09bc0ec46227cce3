using Boundaries.Core.Coverage.Dissolving;
using NetTopologySuite.Geometries;
using static Boundaries.Core.Tests.Coverage.CoverageFixtures;

namespace Boundaries.Core.Tests.Coverage;

public sealed class AdaptiveDissolverTests
{
    [Fact]
    public void Dissolve_CleanGroups_CoverageUnionForEveryGroup()
    {
        var dissolver = new AdaptiveDissolver();

        var results = Enumerable.Range(0, 20).Select(i => dissolver.Dissolve(Pair(i, overlap: false))).ToList();

        Assert.Equal(20, dissolver.Attempts);
        Assert.Equal(20, dissolver.Successes);
        Assert.All(results, r => Assert.Equal(DissolveMethod.CoverageUnion, r.Method));
        Assert.All(results, r => Assert.Equal(2, r.Geometry.Area, 12));
    }

    [Fact]
    public void Dissolve_OverlappingGroups_StopsTryingAfterTheTrialGroupsAndStaysRight()
    {
        var dissolver = new AdaptiveDissolver();

        var results = Enumerable.Range(0, 20).Select(i => dissolver.Dissolve(Pair(i, overlap: true))).ToList();

        Assert.Equal(AdaptiveDissolver.TrialGroups, dissolver.Attempts);
        Assert.Equal(0, dissolver.Successes);
        Assert.All(results, r => Assert.Equal(DissolveMethod.WindingUnion, r.Method));
        Assert.All(results, r => Assert.Equal(1.5, r.Geometry.Area, 12));
    }

    private static Geometry[] Pair(int i, bool overlap)
    {
        var x = i * 10;
        var second = overlap ? x + 0.5 : x + 1;
        return
        [
            Unit("a", $"POLYGON(({x} 0, {x + 1} 0, {x + 1} 1, {x} 1, {x} 0))").Geometry,
            Unit("b", $"POLYGON(({second} 0, {second + 1} 0, {second + 1} 1, {second} 1, {second} 0))").Geometry,
        ];
    }
}
