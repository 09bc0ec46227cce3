using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of figure_doubts: a measured reason to doubt one figure (area or population) of a unit.</summary>
[Table(GeoPackageSchema.FigureDoubts)]
internal sealed class FigureDoubtRow
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    public required string Code { get; set; }

    public required string Figure { get; set; }

    public required string Reason { get; set; }

    public required string Source { get; set; }
}
