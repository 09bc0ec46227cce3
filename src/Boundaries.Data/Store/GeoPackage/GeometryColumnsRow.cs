using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of gpkg_geometry_columns: the geometry column of one feature table.</summary>
/// <param name="TableName">The feature table.</param>
/// <param name="ColumnName">Its geometry column.</param>
/// <param name="GeometryTypeName">One of the standard's uppercase type names (Req 25).</param>
/// <param name="SrsId">The coordinate reference system of gpkg_spatial_ref_sys.</param>
/// <param name="Z">0, 1 or 2: whether z values are prohibited, mandatory or optional (Req 27).</param>
/// <param name="M">The same for m values (Req 28).</param>
[Table("gpkg_geometry_columns")]
internal sealed record GeometryColumnsRow(string TableName, string ColumnName, string GeometryTypeName, long SrsId, int Z, int M);
