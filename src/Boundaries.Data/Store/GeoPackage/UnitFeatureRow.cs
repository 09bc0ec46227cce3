using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of a unit layer (communes, districts, provinces): one administrative unit with its figures.</summary>
internal sealed class UnitFeatureRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    /// <summary>The polygon as a MultiPolygon in lon/lat, or null when the unit has none.</summary>
    [Column(GeoPackageSchema.GeometryColumn)]
    public Geometry? Geometry { get; set; }

    [Column("code")]
    public required string Code { get; set; }

    [Column("name")]
    public required string Name { get; set; }

    [Column("full_name")]
    public required string FullName { get; set; }

    [Column("type")]
    public required string Type { get; set; }

    [Column("parent_code")]
    public string? ParentCode { get; set; }

    [Column("population")]
    public long? Population { get; set; }

    [Column("population_year")]
    public int? PopulationYear { get; set; }

    [Column("population_source")]
    public string? PopulationSource { get; set; }

    [Column("area_km2")]
    public double? AreaKm2 { get; set; }

    [Column("official_area_km2")]
    public double? OfficialAreaKm2 { get; set; }

    [Column("official_area_year")]
    public int? OfficialAreaYear { get; set; }

    [Column("official_area_source")]
    public string? OfficialAreaSource { get; set; }

    [Column("region")]
    public required string Region { get; set; }

    [Column("geometry_status")]
    public required string GeometryStatus { get; set; }

    [Column("geometry_note")]
    public string? GeometryNote { get; set; }
}
