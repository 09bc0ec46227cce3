namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>Finds every pair of polygons whose boundaries share a positive length, tolerating vertex noise and unmatched vertices.</summary>
/// <remarks>
/// Two passes over the boundary segments, never a pairwise polygon intersection: equal segments by hashing
/// (<see cref="ExactSegmentMatching"/>), then the rest by grid buckets (<see cref="TolerantSegmentMatching"/>).
/// Time grows with the number of vertices, close to linearly.
/// </remarks>
internal static class SharedBoundaryMatcher
{
    /// <summary>The pairs (by index into <paramref name="geometries"/>) with their common length and centre; tolerance 0 pairs identical segments only.</summary>
    public static IEnumerable<PairLengths.Pair> Match(IReadOnlyList<Geometry> geometries, double toleranceDegrees)
    {
        var pairs = new PairLengths();
        if (toleranceDegrees == 0)
        {
            IdenticalSegmentMatching.Run(geometries, pairs);
            return pairs.Pairs();
        }

        var rings = BoundaryRings.Of(geometries);
        var matched = new bool[rings.X.Length];
        var degenerate = ExactSegmentMatching.Run(rings, toleranceDegrees, pairs, matched);
        TolerantSegmentMatching.Run(rings, toleranceDegrees, matched, degenerate, pairs);
        return pairs.Pairs();
    }
}
