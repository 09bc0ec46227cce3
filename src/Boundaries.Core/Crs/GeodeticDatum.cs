namespace Boundaries.Core.Crs;

/// <summary>The geodetic datums Boundaries reads; both use the WGS 84 ellipsoid.</summary>
public enum GeodeticDatum
{
    /// <summary>World Geodetic System 1984 (EPSG datum ensemble 6326).</summary>
    Wgs84,

    /// <summary>Vietnam 2000 (EPSG datum 6756), the national datum adopted by Quyết định 83/2000/QĐ-TTg.</summary>
    Vn2000,
}
