using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of code_crosswalk: an old unit, in whole or in part, became part of a new unit.</summary>
[Table(GeoPackageSchema.CodeCrosswalk)]
internal sealed class CrosswalkRowRecord
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column("old_code")]
    public required string OldCode { get; set; }

    [Column("old_name")]
    public required string OldName { get; set; }

    [Column("old_province")]
    public required string OldProvince { get; set; }

    [Column("new_code")]
    public required string NewCode { get; set; }

    [Column("new_name")]
    public required string NewName { get; set; }

    [Column("share")]
    public required string Share { get; set; }
}
