namespace Boundaries.Core.Coverage.Dissolving;

/// <summary>
/// Dissolves many groups of one layer, trying the fast coverage union only while the layer shows itself to be a
/// clean coverage; safe to share between threads.
/// </summary>
/// <remarks>
/// Every path of <see cref="PolygonDissolver"/> gives the right union; they differ only in cost. On a clean layer the
/// coverage union with its proof is the fastest. On a layer that is not clean (the national c2013 layer: the proof
/// fails for about 700 of 703 districts) every attempt is wasted work before the winding-number union, so
/// after the first <see cref="TrialGroups"/> groups the attempts stop while fewer than a quarter of them succeeded.
/// </remarks>
public sealed class AdaptiveDissolver
{
    /// <summary>Groups always tried with coverage union before the success rate is looked at.</summary>
    public const int TrialGroups = 16;

    private int _attempts;
    private int _successes;

    /// <summary>Coverage unions tried so far.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Coverage unions proven right so far.</summary>
    public int Successes => Volatile.Read(ref _successes);

    /// <summary>Dissolves one group of the layer.</summary>
    public DissolvedGroup Dissolve(IReadOnlyList<NetTopologySuite.Geometries.Geometry> parts)
    {
        var attempts = Attempts;
        var tryCoverage = attempts < TrialGroups || Successes * 4 >= attempts;
        var result = PolygonDissolver.Dissolve(parts, tryCoverage);
        if (tryCoverage && parts.Count > 1)
        {
            Interlocked.Increment(ref _attempts);
            if (result.Method == DissolveMethod.CoverageUnion)
            {
                Interlocked.Increment(ref _successes);
            }
        }

        return result;
    }
}
