using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of gpkg_contents: one layer or attribute table as GIS software lists it.</summary>
[Table("gpkg_contents")]
internal sealed class ContentsRow
{
    public required string TableName { get; set; }

    public required string DataType { get; set; }

    public string? Identifier { get; set; }

    public string? Description { get; set; }

    public required string LastChange { get; set; }

    public double? MinX { get; set; }

    public double? MinY { get; set; }

    public double? MaxX { get; set; }

    public double? MaxY { get; set; }

    public long? SrsId { get; set; }
}
