using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Operation.Valid;
using Boundaries.Core.Coverage.Winding;

namespace Boundaries.Core.Coverage.Dissolving;

/// <summary>Dissolves groups of polygons (communes of a district, units of a merger) into one geometry each.</summary>
/// <remarks>
/// Real boundary layers are not clean coverages: on the national c2013 layer <c>CoverageUnion</c> throws for 84 of
/// 703 districts and returns invalid geometries for most others without any error. So a coverage union is kept
/// only when it is proven right. Every other group is unioned in one noding pass by winding number
/// (<see cref="WindingUnion"/>: on the dense national layer about three times faster than pairwise overlay, with the
/// same result), and where its floating-point noding cannot be proven consistent, by robust overlay (OverlayNG with
/// snapping fallbacks). Both give a valid union; gaps between the parts stay in the result as holes.
/// <para>
/// The proof is cheap: coverage union cancels the edges that two parts share and keeps the rest, so where its
/// result is a valid geometry it covers exactly the points covered by an odd number of parts. Its area can then
/// equal the sum of the parts' areas only if no point is covered twice, and then the parts do not overlap and the
/// result is their union. A full <c>CoverageValidator</c> run costs about ten times the union itself.
/// </para>
/// </remarks>
public static class PolygonDissolver
{
    private const double RelativeAreaTolerance = 1e-9;

    /// <summary>Dissolves one group of polygons: by coverage union when that is proven right, else by winding number,
    /// else by robust overlay.</summary>
    public static DissolvedGroup Dissolve(IReadOnlyList<Geometry> parts, bool tryCoverageUnion = true)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("A group to dissolve needs at least one polygon.", nameof(parts));
        }

        var array = parts as Geometry[] ?? [.. parts];
        if (array.Length == 1)
        {
            return new DissolvedGroup(array[0].Copy(), DissolveMethod.SinglePolygon);
        }

        if (tryCoverageUnion && TryCoverageUnion(array) is { } clean)
        {
            return new DissolvedGroup(clean, DissolveMethod.CoverageUnion);
        }

        if (WindingUnion.TryUnion(array) is { } wound)
        {
            return new DissolvedGroup(wound, DissolveMethod.WindingUnion);
        }

        return new DissolvedGroup(Overlay(array), DissolveMethod.Overlay);
    }

    /// <summary>The union by robust overlay alone (OverlayNG pairwise, with snapping fallbacks).</summary>
    public static Geometry Overlay(IReadOnlyList<Geometry> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Geometry collection = parts[0].Factory.CreateGeometryCollection([.. parts]);
        return OverlayNGRobust.Union(collection);
    }

    /// <summary>Dissolves many groups of one layer on up to maxParallelism threads (-1: all cores); results in group order.</summary>
    /// <remarks>Coverage union is tried as long as the layer proves clean often enough (<see cref="AdaptiveDissolver"/>).</remarks>
    public static IReadOnlyList<DissolvedGroup> DissolveAll(IReadOnlyList<IReadOnlyList<Geometry>> groups, int maxParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var dissolver = new AdaptiveDissolver();
        var results = new DissolvedGroup[groups.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism };
        Parallel.For(0, groups.Count, options, i => results[i] = dissolver.Dissolve(groups[i]));
        return results;
    }

    /// <summary>The coverage union of the parts when it is valid and loses no area (see remarks), else null.</summary>
    private static Geometry? TryCoverageUnion(Geometry[] parts)
    {
        Geometry union;
        try
        {
            union = NetTopologySuite.Coverage.CoverageUnion.Union(parts);
        }
        catch (Exception e) when (e is TopologyException or NetTopologySuite.Utilities.AssertionFailedException)
        {
            // On a layer that is not a clean coverage NTS reports "side location conflict" or fails its own
            // assertion "found two shells in EdgeRing list" (7 of 703 national districts): not proven, so overlay.
            return null;
        }

        if (!new IsValidOp(union).IsValid)
        {
            return null;
        }

        var partsArea = 0.0;
        foreach (var part in parts)
        {
            partsArea += part.Area;
        }

        return Math.Abs(union.Area - partsArea) <= RelativeAreaTolerance * partsArea ? union : null;
    }
}
