using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of special_factors: one special factor or exemption of a unit.</summary>
[Table(GeoPackageSchema.SpecialFactors)]
internal sealed class SpecialFactorRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column("code")]
    public required string Code { get; set; }

    [Column("kind")]
    public required string Kind { get; set; }

    [Column("reason")]
    public required string Reason { get; set; }

    [Column("source")]
    public required string Source { get; set; }

    [Column("value")]
    public double? Value { get; set; }
}
