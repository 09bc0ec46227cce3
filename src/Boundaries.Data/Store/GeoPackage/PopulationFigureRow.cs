using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of population_figures: one count of a unit with its year and source.</summary>
[Table(GeoPackageSchema.PopulationFigures)]
internal sealed class PopulationFigureRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column("code")]
    public required string Code { get; set; }

    [Column("value")]
    public long Value { get; set; }

    [Column("year")]
    public int Year { get; set; }

    [Column("source")]
    public required string Source { get; set; }
}
