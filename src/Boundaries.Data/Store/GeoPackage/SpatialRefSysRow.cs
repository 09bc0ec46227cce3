using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of gpkg_spatial_ref_sys: one coordinate reference system.</summary>
[Table("gpkg_spatial_ref_sys")]
internal sealed class SpatialRefSysRow
{
    [Column("srs_name")]
    public required string SrsName { get; set; }

    [Column("srs_id")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long SrsId { get; set; }

    [Column("organization")]
    public required string Organization { get; set; }

    [Column("organization_coordsys_id")]
    public long OrganizationCoordsysId { get; set; }

    [Column("definition")]
    public required string Definition { get; set; }

    [Column("description")]
    public string? Description { get; set; }
}
