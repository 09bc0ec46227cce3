namespace Boundaries.Core.Coverage.Simplification;

/// <summary>One unit of a simplified coverage.</summary>
/// <param name="Key">The unit's key (code).</param>
/// <param name="Geometry">The simplified polygon, lon/lat.</param>
/// <param name="VerticesBefore">Coordinate positions of the input polygon.</param>
/// <param name="VerticesAfter">Coordinate positions of the simplified polygon.</param>
/// <param name="AreaBeforeKm2">Ellipsoidal (WGS 84) area of the input polygon.</param>
/// <param name="AreaAfterKm2">Ellipsoidal area of the simplified polygon.</param>
public sealed record SimplifiedUnit(string Key, Geometry Geometry, int VerticesBefore, int VerticesAfter, double AreaBeforeKm2, double AreaAfterKm2)
{
    /// <summary>|after − before| / before; 0 for a unit without area.</summary>
    public double RelativeAreaError => AreaBeforeKm2 > 0 ? Math.Abs(AreaAfterKm2 - AreaBeforeKm2) / AreaBeforeKm2 : 0;
}
