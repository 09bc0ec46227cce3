using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import;

/// <summary>An invalid polygon that the import repaired (only when asked to), with the area it had and has.</summary>
/// <param name="File">The file of the feature.</param>
/// <param name="FeatureIndex">Zero-based index of the feature in its file.</param>
/// <param name="Code">The unit code of the feature, when it has one.</param>
/// <param name="Reason">What was invalid ("Self-intersection").</param>
/// <param name="Location">Where, in lon/lat.</param>
/// <param name="AreaBeforeKm2">Ellipsoidal area of the invalid polygon as given (overlapping lobes may cancel).</param>
/// <param name="AreaAfterKm2">Ellipsoidal area of the repaired polygon.</param>
public sealed record GeometryRepair(
    string File,
    int FeatureIndex,
    UnitCode? Code,
    string Reason,
    Coordinate? Location,
    double AreaBeforeKm2,
    double AreaAfterKm2);
