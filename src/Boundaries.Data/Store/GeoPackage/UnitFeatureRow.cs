using System.ComponentModel.DataAnnotations.Schema;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of a unit layer (communes, districts, provinces): one administrative unit with its figures.</summary>
internal sealed class UnitFeatureRow
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    /// <summary>The polygon as a MultiPolygon in lon/lat, or null when the unit has none.</summary>
    public Geometry? Geometry { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string FullName { get; set; }

    public required string Type { get; set; }

    public string? ParentCode { get; set; }

    public long? Population { get; set; }

    public int? PopulationYear { get; set; }

    public string? PopulationSource { get; set; }

    public double? AreaKm2 { get; set; }

    public double? OfficialAreaKm2 { get; set; }

    public int? OfficialAreaYear { get; set; }

    public string? OfficialAreaSource { get; set; }

    public required string Region { get; set; }

    public required string GeometryStatus { get; set; }

    public string? GeometryNote { get; set; }
}
