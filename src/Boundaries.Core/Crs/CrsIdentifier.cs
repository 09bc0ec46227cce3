using System.Globalization;
using System.Text.RegularExpressions;

namespace Boundaries.Core.Crs;

/// <summary>Recognises a CRS from a .prj WKT, a GeoJSON "crs" name or an option ("EPSG:9210", "urn:ogc:def:crs:EPSG::4326", "CRS84").</summary>
/// <remarks>
/// Accepted: "EPSG:n", "EPSG::n", a plain number, "urn:ogc:def:crs:EPSG:[version]:n",
/// "http://www.opengis.net/def/crs/EPSG/0/n", CRS84 in its URN, URI and short forms (lon/lat on WGS 84,
/// the GeoJSON 2008 default), an EPSG name ("VN-2000 / TM-3 105-30"), WKT1 (GDAL or ESRI flavour, with or
/// without AUTHORITY), WKT2, and PROJ strings. WKT without a code is matched by datum and projection parameters.
/// </remarks>
public static partial class CrsIdentifier
{
    /// <summary>Identifies the CRS the text declares.</summary>
    public static CrsIdentification Identify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var declaration = text.Trim().TrimStart('\uFEFF').Trim();
        if (declaration.Length == 0)
        {
            return CrsIdentification.Failed("the CRS declaration is empty");
        }

        if (Crs84().IsMatch(declaration))
        {
            return CrsIdentification.Of(CrsRegistry.Wgs84);
        }

        var code = EpsgCode().Match(declaration);
        if (code.Success)
        {
            return FromCode(code.Groups["code"].Value, declaration);
        }

        if (declaration.StartsWith('+') || declaration.StartsWith("proj=", StringComparison.OrdinalIgnoreCase))
        {
            var described = ProjStringReader.Read(declaration, out var problem);
            return described is null ? CrsIdentification.Failed(problem!) : CrsMatcher.Match(described);
        }

        if (WktStart().IsMatch(declaration))
        {
            var root = WktParser.TryParse(declaration, out var problem);
            var described = root is null ? null : WktCrsReader.Read(root, out problem);
            return described is null ? CrsIdentification.Failed(problem!) : CrsMatcher.Match(described);
        }

        if (declaration.StartsWith("EPSG", StringComparison.OrdinalIgnoreCase) || declaration.StartsWith("urn:ogc:def:crs:", StringComparison.OrdinalIgnoreCase))
        {
            return CrsIdentification.Failed($"'{Shorten(declaration)}' is not a valid EPSG code");
        }

        var named = CrsRegistry.Definitions.FirstOrDefault(d => d.Name.Equals(declaration, StringComparison.OrdinalIgnoreCase));
        return named is not null
            ? CrsIdentification.Of(named.Epsg)
            : CrsIdentification.Failed($"'{Shorten(declaration)}' is not a CRS declaration: expected EPSG:code, an OGC URN, CRS84, WKT or a PROJ string");
    }

    private static CrsIdentification FromCode(string digits, string declaration)
    {
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var epsg))
        {
            return CrsIdentification.Failed($"'{Shorten(declaration)}' is not a valid EPSG code");
        }

        return CrsRegistry.IsSupported(epsg)
            ? CrsIdentification.Of(epsg)
            : CrsIdentification.Failed($"EPSG:{epsg} is not a supported CRS; supported: {CrsRegistry.SupportedSummary}");
    }

    private static string Shorten(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 60 ? line : line[..60] + "…";
    }

    [GeneratedRegex(@"^(?:(?:urn:ogc:def:crs:OGC:[^:]*:|https?://www\.opengis\.net/def/crs/OGC/[^/]+/|OGC:)CRS84|CRS:?84)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Crs84();

    [GeneratedRegex(@"^(?:EPSG\s*::?\s*|urn:ogc:def:crs:EPSG:[^:]*:|https?://www\.opengis\.net/def/crs/EPSG/[^/]+/)?(?<code>\d+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EpsgCode();

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*\s*[\[\(]", RegexOptions.CultureInvariant)]
    private static partial Regex WktStart();
}
