using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of data_issues: one import or QA problem with its place.</summary>
[Table(GeoPackageSchema.DataIssues)]
internal sealed class DataIssueRow
{
    [Column("fid")]
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    [Column("severity")]
    public required string Severity { get; set; }

    [Column("kind")]
    public required string Kind { get; set; }

    [Column("message")]
    public required string Message { get; set; }

    [Column("file")]
    public string? File { get; set; }

    [Column("feature_index")]
    public int? FeatureIndex { get; set; }

    [Column("code")]
    public string? Code { get; set; }

    [Column("lon")]
    public double? Lon { get; set; }

    [Column("lat")]
    public double? Lat { get; set; }

    [Column("magnitude")]
    public double? Magnitude { get; set; }
}
