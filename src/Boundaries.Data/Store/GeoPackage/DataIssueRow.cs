using System.ComponentModel.DataAnnotations.Schema;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>A row of data_issues: one import or QA problem with its place.</summary>
[Table(GeoPackageSchema.DataIssues)]
internal sealed class DataIssueRow
{
    [DatabaseGenerated(DatabaseGeneratedOption.None)]
    public long Fid { get; set; }

    public required string Severity { get; set; }

    public required string Kind { get; set; }

    public required string Message { get; set; }

    public string? File { get; set; }

    public int? FeatureIndex { get; set; }

    public string? Code { get; set; }

    public double? Lon { get; set; }

    public double? Lat { get; set; }

    public double? Magnitude { get; set; }
}
