namespace Boundaries.Data.Import.GeoJson;

/// <summary>Where the streaming scan of a GeoJSON file stands.</summary>
internal enum GeoJsonScanPhase
{
    /// <summary>Before the top-level object.</summary>
    Root,

    /// <summary>Among the members of the top-level object.</summary>
    Members,

    /// <summary>Inside the "features" array.</summary>
    Features,

    /// <summary>After the top-level object.</summary>
    Done,
}
