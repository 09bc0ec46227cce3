using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>Converts geometries to and from GeoPackage geometry blobs (GeoPackage 1.3, clause 2.1.3).</summary>
internal static class GeometryBlob
{
    /// <summary>The factory of every geometry the store reads: lon/lat on WGS 84.</summary>
    public static GeometryFactory Factory { get; } = NtsGeometryServices.Instance.CreateGeometryFactory(GeoPackageSchema.Wgs84SrsId);

    /// <summary>The blob of a lon/lat geometry.</summary>
    public static byte[] Write(Geometry geometry)
    {
        // Req 19: "A GeoPackage SHALL store feature table geometries ... in SQL BLOBs using the Standard
        // GeoPackageBinary format" (header "GP", version, flags, srs_id, envelope, then WKB), which this writer makes.
        // XY only: with the writer's default, GDAL reads every polygon as MULTIPOLYGON ZM with NaN Z and M.
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        return writer.Write(geometry);
    }

    /// <summary>The geometry of a blob, with SRID 4326.</summary>
    public static Geometry Read(byte[] blob)
    {
        var reader = new GeoPackageGeoReader(Factory.CoordinateSequenceFactory, Factory.PrecisionModel, Ordinates.XY);
        var geometry = reader.Read(blob);
        return geometry.Factory.SRID == GeoPackageSchema.Wgs84SrsId ? geometry : Factory.CreateGeometry(geometry);
    }

    /// <summary>The polygon or multipolygon as a MultiPolygon with SRID 4326, because every layer declares MULTIPOLYGON.</summary>
    /// <remarks>
    /// GeoPackage Req 32: "Feature table geometry columns SHALL contain geometries of the type or assignable for the
    /// type specified for the column by the gpkg_geometry_columns table geometry_type_name" — a Polygon is not
    /// assignable to MULTIPOLYGON, so it is wrapped. Req 33: the geometries SHALL have "the srs_id specified for the
    /// column", so SRID 0 (unset) becomes 4326; any other SRID is a caller's bug, since units are lon/lat by contract.
    /// </remarks>
    public static MultiPolygon ToMultiPolygon(Geometry geometry, string owner)
    {
        if (geometry.SRID is not (0 or GeoPackageSchema.Wgs84SrsId))
        {
            throw new ArgumentException($"{owner}: geometry has SRID {geometry.SRID}; the store keeps lon/lat geometries (SRID 4326) only.");
        }

        return geometry switch
        {
            MultiPolygon multi => Factory.CreateMultiPolygon(multi.Geometries.Cast<Polygon>().Select(p => (Polygon)Factory.CreateGeometry(p)).ToArray()),
            Polygon polygon => Factory.CreateMultiPolygon([(Polygon)Factory.CreateGeometry(polygon)]),
            _ => throw new ArgumentException($"{owner}: geometry is a {geometry.GeometryType}; the layers hold polygons only."),
        };
    }
}
