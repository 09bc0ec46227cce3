using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of official_populations: a population stated by an authority for a unit, kept beside the census figure.</summary>
[Table(GeoPackageSchema.OfficialPopulations)]
internal sealed class OfficialPopulationRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column("code")]
    public required string Code { get; set; }

    [Column("value")]
    public long Value { get; set; }

    [Column("year")]
    public int? Year { get; set; }

    [Column("source")]
    public required string Source { get; set; }
}
