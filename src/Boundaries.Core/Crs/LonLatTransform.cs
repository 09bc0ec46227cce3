using NetTopologySuite.Geometries;

namespace Boundaries.Core.Crs;

/// <summary>Transforms geometries from a supported CRS to lon/lat on WGS 84 (EPSG:4326).</summary>
public sealed class LonLatTransform
{
    private LonLatTransform()
    {
    }

    /// <summary>The transform from the given EPSG code to EPSG:4326.</summary>
    public static LonLatTransform For(int sourceEpsg) => throw new NotSupportedException("stub");

    /// <summary>A new geometry in lon/lat with SRID 4326; the input is not changed.</summary>
    public Geometry ToLonLat(Geometry geometry) => throw new NotSupportedException("stub");
}
