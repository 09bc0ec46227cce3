using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of code_crosswalk: an old unit, in whole or in part, became part of a new unit.</summary>
[Table(GeoPackageSchema.CodeCrosswalk)]
internal sealed class CrosswalkRowRecord
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    public required string OldCode { get; set; }

    public required string OldName { get; set; }

    public required string OldProvince { get; set; }

    public required string NewCode { get; set; }

    public required string NewName { get; set; }

    public required string Share { get; set; }
}
