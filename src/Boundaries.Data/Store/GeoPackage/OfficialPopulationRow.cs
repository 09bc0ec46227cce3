using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of official_populations: a population stated by an authority for a unit, kept beside the census figure.</summary>
[Table(GeoPackageSchema.OfficialPopulations)]
internal sealed class OfficialPopulationRow
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    public required string Code { get; set; }

    public long Value { get; set; }

    public int? Year { get; set; }

    public required string Source { get; set; }
}
