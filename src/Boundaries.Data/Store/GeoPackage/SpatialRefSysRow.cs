using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of gpkg_spatial_ref_sys: one coordinate reference system.</summary>
[Table("gpkg_spatial_ref_sys")]
internal sealed class SpatialRefSysRow
{
    public required string SrsName { get; set; }

    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long SrsId { get; set; }

    public required string Organization { get; set; }

    public long OrganizationCoordsysId { get; set; }

    public required string Definition { get; set; }

    public string? Description { get; set; }
}
