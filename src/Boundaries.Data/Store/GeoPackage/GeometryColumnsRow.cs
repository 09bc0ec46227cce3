using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of gpkg_geometry_columns: the geometry column of one feature table.</summary>
[Table("gpkg_geometry_columns")]
internal sealed class GeometryColumnsRow
{
    public required string TableName { get; set; }

    public required string ColumnName { get; set; }

    public required string GeometryTypeName { get; set; }

    public long SrsId { get; set; }

    public int Z { get; set; }

    public int M { get; set; }
}
