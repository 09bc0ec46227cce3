using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of unassigned_areas: a source polygon that belongs to no current unit.</summary>
[Table(GeoPackageSchema.UnassignedAreas)]
internal sealed class UnassignedAreaRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column(GeoPackageSchema.GeometryColumn)]
    public required Geometry Geometry { get; set; }

    /// <summary>Always null: the polygon is no unit; the column is there so that all layers look alike.</summary>
    [Column("code")]
    public string? Code { get; set; }

    [Column("name")]
    public required string Name { get; set; }

    /// <summary>Always null, like <see cref="Code"/>.</summary>
    [Column("type")]
    public string? Type { get; set; }

    [Column("parent_code")]
    public string? ParentCode { get; set; }

    /// <summary>Always null, like <see cref="Code"/>.</summary>
    [Column("population")]
    public long? Population { get; set; }

    [Column("area_km2")]
    public double AreaKm2 { get; set; }

    [Column("geometry_status")]
    public required string GeometryStatus { get; set; }

    [Column("geometry_note")]
    public required string GeometryNote { get; set; }

    /// <summary>The codes of the units the polygon covers, comma-separated.</summary>
    [Column("covers_codes")]
    public required string CoversCodes { get; set; }
}
