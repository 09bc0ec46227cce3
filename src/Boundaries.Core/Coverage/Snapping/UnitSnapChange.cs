namespace Boundaries.Core.Coverage.Snapping;

/// <summary>What snapping did to one unit: vertices moved, inserted and dropped, the largest shift, and the area before and after.</summary>
/// <param name="Key">The unit.</param>
/// <param name="VerticesMoved">Vertices moved onto a neighbour's vertex.</param>
/// <param name="VerticesInserted">Neighbour vertices inserted into this unit's boundary segments.</param>
/// <param name="VerticesRemoved">Vertices dropped because they fell onto the previous one.</param>
/// <param name="MaxShiftMeters">The largest distance a vertex or a segment moved, in metres.</param>
/// <param name="AreaBeforeSquareMeters">Area on the WGS 84 ellipsoid before snapping, in m².</param>
/// <param name="AreaAfterSquareMeters">Area after snapping, in m² (equal to the area before when the snap was refused).</param>
/// <param name="Refused">True when the snapped polygon was invalid or collapsed, so the unit kept its original geometry.</param>
public sealed record UnitSnapChange(
    string Key,
    int VerticesMoved,
    int VerticesInserted,
    int VerticesRemoved,
    double MaxShiftMeters,
    double AreaBeforeSquareMeters,
    double AreaAfterSquareMeters,
    bool Refused)
{
    /// <summary>Area after minus area before, in m².</summary>
    public double AreaChangeSquareMeters => AreaAfterSquareMeters - AreaBeforeSquareMeters;
}
