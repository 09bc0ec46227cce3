using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of unassigned_areas: a source polygon that belongs to no current unit.</summary>
[Table(GeoPackageSchema.UnassignedAreas)]
internal sealed class UnassignedAreaRow
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    public required Geometry Geometry { get; set; }

    /// <summary>Always null: the polygon is no unit; the column is there so that all layers look alike.</summary>
    public string? Code { get; set; }

    public required string Name { get; set; }

    /// <summary>Always null, like <see cref="Code"/>.</summary>
    public string? Type { get; set; }

    public string? ParentCode { get; set; }

    /// <summary>Always null, like <see cref="Code"/>.</summary>
    public long? Population { get; set; }

    public double AreaKm2 { get; set; }

    public required string GeometryStatus { get; set; }

    public required string GeometryNote { get; set; }

    /// <summary>The codes of the units the polygon covers, comma-separated.</summary>
    public required string CoversCodes { get; set; }
}
