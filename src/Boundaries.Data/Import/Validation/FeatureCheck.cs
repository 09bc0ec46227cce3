using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.Validation;

/// <summary>The outcome of checking one feature's geometry.</summary>
/// <param name="Geometry">The geometry to keep (null when none or not polygonal).</param>
/// <param name="Problem">What is wrong, when something is.</param>
/// <param name="Location">Where, in lon/lat.</param>
/// <param name="Repaired">The repaired polygon, when one was made.</param>
internal sealed record FeatureCheck(Geometry? Geometry, string? Problem, Coordinate? Location, Geometry? Repaired)
{
    /// <summary>True when the geometry is a point or line, not an area.</summary>
    public bool NotPolygonal { get; init; }

    /// <summary>Ellipsoidal area before the repair, km².</summary>
    public double AreaBeforeKm2 { get; init; }

    /// <summary>Ellipsoidal area after the repair, km².</summary>
    public double AreaAfterKm2 { get; init; }
}
