using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of project_metadata: one key and its value; a key may repeat (one row per source line).</summary>
[Table(GeoPackageSchema.ProjectMetadata)]
internal sealed class MetadataRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column("key")]
    public required string Key { get; set; }

    [Column("value")]
    public required string Value { get; set; }
}
