namespace Boundaries.Data.Store.GeoPackage;

/// <summary>The keys of project_metadata and the marker that tells a Boundaries project from any other GeoPackage.</summary>
internal static class ProjectFormat
{
    /// <summary>The value of <see cref="FormatKey"/> in every project file.</summary>
    public const string Marker = "boundaries-project";

    /// <summary>The version of the table layout this code writes and the newest it reads.</summary>
    public const int Version = 1;

    public const string FormatKey = "format";
    public const string FormatVersionKey = "format_version";
    public const string DatasetNameKey = "dataset_name";
    public const string CreatedAtKey = "created_at";
    public const string ToolVersionKey = "tool_version";
    public const string UnitsAsOfKey = "units_as_of";
    public const string BaselineKey = "baseline";
    public const string CrosswalkSourceKey = "crosswalk_source";

    /// <summary>Repeated, one row per dated change, its scenario file as JSON.</summary>
    public const string DatedChangeKey = "dated_change";

    /// <summary>Repeated, one row per source line, in order.</summary>
    public const string SourceKey = "source";
}
