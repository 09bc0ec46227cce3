namespace Boundaries.Core.Coverage.Snapping;

/// <summary>The outcome of snapping a coverage: the new units and, for every unit that changed, what changed.</summary>
/// <param name="ToleranceMeters">The snapping tolerance that was applied, in metres.</param>
/// <param name="Units">All units in the input order; unchanged units are the input objects themselves.</param>
/// <param name="Changes">One record per unit whose geometry changed or whose snap was refused, in input order.</param>
public sealed record SnapResult(double ToleranceMeters, IReadOnlyList<CoverageUnit> Units, IReadOnlyList<UnitSnapChange> Changes)
{
    /// <summary>Vertices moved onto a neighbour's vertex, over all units.</summary>
    public int VerticesMoved => Changes.Sum(c => c.VerticesMoved);

    /// <summary>Vertices inserted into boundary segments, over all units.</summary>
    public int VerticesInserted => Changes.Sum(c => c.VerticesInserted);

    /// <summary>The largest shift of any vertex or segment, in metres.</summary>
    public double MaxShiftMeters => Changes.Count == 0 ? 0 : Changes.Max(c => c.MaxShiftMeters);

    /// <summary>Net change of the summed unit areas, in m².</summary>
    public double NetAreaChangeSquareMeters => Changes.Sum(c => c.AreaChangeSquareMeters);

    /// <summary>Sum of the absolute area changes of the units, in m².</summary>
    public double TotalAbsoluteAreaChangeSquareMeters => Changes.Sum(c => Math.Abs(c.AreaChangeSquareMeters));

    /// <summary>Keys of the units whose snapped polygon was invalid and which kept their original geometry.</summary>
    public IReadOnlyList<string> Refused => Changes.Where(c => c.Refused).Select(c => c.Key).ToList();
}
