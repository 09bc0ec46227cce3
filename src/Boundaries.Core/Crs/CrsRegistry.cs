namespace Boundaries.Core.Crs;

/// <summary>The coordinate reference systems Boundaries reads: WGS 84 and VN-2000 with its projections.</summary>
public static class CrsRegistry
{
    /// <summary>EPSG code of WGS 84 lon/lat, the CRS of every geometry inside Boundaries.</summary>
    public const int Wgs84 = 4326;

    /// <summary>EPSG code of VN-2000 lon/lat.</summary>
    public const int Vn2000 = 4756;

    private static readonly Dictionary<int, CrsDefinition> ByCode = EpsgCrsTable.All.ToDictionary(d => d.Epsg);

    /// <summary>EPSG codes of every supported CRS.</summary>
    public static IReadOnlyCollection<int> Supported { get; } = EpsgCrsTable.All.Select(d => d.Epsg).ToArray();

    /// <summary>Every supported CRS with its EPSG parameters.</summary>
    public static IReadOnlyList<CrsDefinition> Definitions => EpsgCrsTable.All;

    /// <summary>A one-line list of the supported codes for messages.</summary>
    public static string SupportedSummary =>
        "EPSG:4326 (WGS 84), 4756 (VN-2000), 3405–3406 (VN-2000 / UTM), 5896–5899 and 9205–9218 (VN-2000 / TM-3)";

    /// <summary>True when the CRS can be read.</summary>
    public static bool IsSupported(int epsg) => ByCode.ContainsKey(epsg);

    /// <summary>The EPSG name, e.g. "VN-2000 / TM-3 105-30".</summary>
    public static string NameOf(int epsg) => DefinitionOf(epsg).Name;

    /// <summary>The definition of a supported CRS; an unsupported code is a caller's bug and throws.</summary>
    public static CrsDefinition DefinitionOf(int epsg) =>
        ByCode.TryGetValue(epsg, out var definition)
            ? definition
            : throw new ArgumentOutOfRangeException(nameof(epsg), epsg, $"EPSG:{epsg} is not supported; supported: {SupportedSummary}");
}
