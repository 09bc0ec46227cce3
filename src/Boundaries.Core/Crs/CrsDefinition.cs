namespace Boundaries.Core.Crs;

/// <summary>One supported coordinate reference system as the EPSG dataset defines it.</summary>
/// <param name="Epsg">The EPSG code.</param>
/// <param name="Name">The EPSG name, e.g. "VN-2000 / TM-3 105-30".</param>
/// <param name="Datum">The geodetic datum.</param>
/// <param name="Projection">The Transverse Mercator grid, or null for a geographic (lon/lat) CRS.</param>
/// <remarks>Every projected CRS Boundaries reads is a Transverse Mercator grid in metres (easting, northing).</remarks>
public sealed record CrsDefinition(int Epsg, string Name, GeodeticDatum Datum, TransverseMercatorParameters? Projection)
{
    /// <summary>True for a lon/lat CRS in degrees, false for a grid in metres.</summary>
    public bool IsGeographic => Projection is null;

    /// <summary>The CRS as OGC WKT1 (GDAL flavour) with its EPSG authority and, for VN-2000, the TOWGS84 shift of EPSG:6960.</summary>
    /// <remarks>Suitable for a .prj or a GeoPackage <c>gpkg_spatial_ref_sys.definition</c>; GDAL and QGIS read it back as this EPSG code.</remarks>
    public string ToWkt() => CrsWkt.Write(this);
}
