namespace Boundaries.Data.Import.Layers;

/// <summary>What a file says about its coordinate reference system, before it is recognised.</summary>
/// <param name="Text">The declaration: WKT of a .prj, the name of a GeoJSON "crs" member, "EPSG:n" from a GeoPackage.</param>
/// <param name="Origin">Where it was found, for the report (".prj", "GeoJSON crs member", "gpkg_spatial_ref_sys").</param>
internal sealed record DeclaredCrs(string Text, string Origin);
