namespace Boundaries.Data.Export.Layers;

/// <summary>The GIS formats a layer is exported in.</summary>
public enum LayerFormat
{
    /// <summary>GeoJSON per RFC 7946: lon/lat WGS 84, exterior rings counter-clockwise.</summary>
    GeoJson,

    /// <summary>A GeoPackage 1.3 file with one feature table.</summary>
    GeoPackage,

    /// <summary>An ESRI Shapefile (.shp, .shx, .dbf, .prj, .cpg) with UTF-8 attributes.</summary>
    Shapefile,

    /// <summary>KML 2.2 for Google Earth, one placemark per unit, styled by status.</summary>
    Kml,

    /// <summary>CSV (UTF-8) with the attributes and an interior point's lon/lat.</summary>
    Csv,
}
