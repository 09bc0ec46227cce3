using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of project_metadata: one key and its value; a key may repeat (one row per source line).</summary>
[Table(GeoPackageSchema.ProjectMetadata)]
internal sealed class MetadataRow
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    public required string Key { get; set; }

    public required string Value { get; set; }
}
