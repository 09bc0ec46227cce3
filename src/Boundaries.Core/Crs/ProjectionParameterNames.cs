namespace Boundaries.Core.Crs;

/// <summary>Canonical keys for Transverse Mercator parameters, whatever the spelling of WKT1, ESRI, WKT2 or PROJ.</summary>
internal static class ProjectionParameterNames
{
    public const string LatitudeOfOrigin = "lat_0";
    public const string CentralMeridian = "lon_0";
    public const string ScaleFactor = "k_0";
    public const string FalseEasting = "x_0";
    public const string FalseNorthing = "y_0";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["latitudeoforigin"] = LatitudeOfOrigin,
        ["latitudeofnaturalorigin"] = LatitudeOfOrigin,
        ["latitudeofcenter"] = LatitudeOfOrigin,
        ["lat0"] = LatitudeOfOrigin,
        ["centralmeridian"] = CentralMeridian,
        ["longitudeofnaturalorigin"] = CentralMeridian,
        ["longitudeofcenter"] = CentralMeridian,
        ["longitudeoforigin"] = CentralMeridian,
        ["lon0"] = CentralMeridian,
        ["scalefactor"] = ScaleFactor,
        ["scalefactoratnaturalorigin"] = ScaleFactor,
        ["k"] = ScaleFactor,
        ["k0"] = ScaleFactor,
        ["falseeasting"] = FalseEasting,
        ["x0"] = FalseEasting,
        ["falsenorthing"] = FalseNorthing,
        ["y0"] = FalseNorthing,
    };

    /// <summary>The canonical key of a parameter name, or its normalised form when it is not a TM parameter.</summary>
    public static string Canonical(string name)
    {
        var key = Normalise(name);
        return Aliases.TryGetValue(key, out var canonical) ? canonical : key;
    }

    /// <summary>True for the canonical key of one of the five Transverse Mercator parameters.</summary>
    public static bool IsTransverseMercator(string key) =>
        key is LatitudeOfOrigin or CentralMeridian or ScaleFactor or FalseEasting or FalseNorthing;

    /// <summary>Lower case letters and digits only: "False_Easting", "false easting" and "x_0" compare by this.</summary>
    public static string Normalise(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
