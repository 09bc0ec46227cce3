using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of gpkg_contents: one layer or attribute table as GIS software lists it.</summary>
[Table("gpkg_contents")]
internal sealed class ContentsRow
{
    [Column("table_name")]
    public required string TableName { get; set; }

    [Column("data_type")]
    public required string DataType { get; set; }

    [Column("identifier")]
    public string? Identifier { get; set; }

    [Column("description")]
    public string? Description { get; set; }

    [Column("last_change")]
    public required string LastChange { get; set; }

    [Column("min_x")]
    public double? MinX { get; set; }

    [Column("min_y")]
    public double? MinY { get; set; }

    [Column("max_x")]
    public double? MaxX { get; set; }

    [Column("max_y")]
    public double? MaxY { get; set; }

    [Column("srs_id")]
    public long? SrsId { get; set; }
}
