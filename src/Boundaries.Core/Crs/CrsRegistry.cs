namespace Boundaries.Core.Crs;

/// <summary>The coordinate reference systems Boundaries reads: WGS 84 and VN-2000 with its projections.</summary>
public static class CrsRegistry
{
    /// <summary>EPSG codes of every supported CRS.</summary>
    public static IReadOnlyCollection<int> Supported => throw new NotSupportedException("stub");

    /// <summary>True when the CRS can be read.</summary>
    public static bool IsSupported(int epsg) => throw new NotSupportedException("stub");

    /// <summary>The EPSG name, e.g. "VN-2000 / TM-3 105-30".</summary>
    public static string NameOf(int epsg) => throw new NotSupportedException("stub");
}
