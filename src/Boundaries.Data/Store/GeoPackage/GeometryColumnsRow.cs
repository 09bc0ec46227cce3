using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of gpkg_geometry_columns: the geometry column of one feature table.</summary>
[Table("gpkg_geometry_columns")]
internal sealed class GeometryColumnsRow
{
    [Column("table_name")]
    public required string TableName { get; set; }

    [Column("column_name")]
    public required string ColumnName { get; set; }

    [Column("geometry_type_name")]
    public required string GeometryTypeName { get; set; }

    [Column("srs_id")]
    public long SrsId { get; set; }

    [Column("z")]
    public int Z { get; set; }

    [Column("m")]
    public int M { get; set; }
}
