namespace Boundaries.Core.Coverage.Simplification;

/// <summary>The result of <see cref="CoverageSimplification.Simplify"/>: every unit with its vertices and ellipsoidal areas before and after.</summary>
/// <param name="ToleranceMetres">The tolerance used, in metres.</param>
/// <param name="Units">The units in input order.</param>
public sealed record SimplifiedCoverage(double ToleranceMetres, IReadOnlyList<SimplifiedUnit> Units)
{
    /// <summary>The keys of the input polygons that were invalid (OGC) and were repaired with GeometryFixer before simplification.</summary>
    public IReadOnlyList<string> Repaired { get; init; } = [];

    /// <summary>Coordinate positions before simplification, closing ones included.</summary>
    public long VerticesBefore => Units.Sum(u => (long)u.VerticesBefore);

    /// <summary>Coordinate positions after simplification.</summary>
    public long VerticesAfter => Units.Sum(u => (long)u.VerticesAfter);

    /// <summary>The sum of the units' ellipsoidal areas before, km².</summary>
    public double AreaBeforeKm2 => Units.Sum(u => u.AreaBeforeKm2);

    /// <summary>The sum of the units' ellipsoidal areas after, km².</summary>
    public double AreaAfterKm2 => Units.Sum(u => u.AreaAfterKm2);

    /// <summary>The largest relative area change of one unit (|after − before| / before).</summary>
    public double MaxRelativeAreaError => Units.Where(u => u.AreaBeforeKm2 > 0).Select(u => u.RelativeAreaError).DefaultIfEmpty(0).Max();
}
