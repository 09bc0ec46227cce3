using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of special_factors: one special factor or exemption of a unit.</summary>
[Table(GeoPackageSchema.SpecialFactors)]
internal sealed class SpecialFactorRow
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    public required string Code { get; set; }

    public required string Kind { get; set; }

    public required string Reason { get; set; }

    public required string Source { get; set; }

    public double? Value { get; set; }
}
