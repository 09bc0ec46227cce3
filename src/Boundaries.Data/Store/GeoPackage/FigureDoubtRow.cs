using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of figure_doubts: a measured reason to doubt one figure (area or population) of a unit.</summary>
[Table(GeoPackageSchema.FigureDoubts)]
internal sealed class FigureDoubtRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column("code")]
    public required string Code { get; set; }

    [Column("figure")]
    public required string Figure { get; set; }

    [Column("reason")]
    public required string Reason { get; set; }

    [Column("source")]
    public required string Source { get; set; }
}
