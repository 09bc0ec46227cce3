using System.Globalization;

namespace Boundaries.Core.Crs;

/// <summary>Reads a CRS description from a PROJ string such as QGIS shows for a user-defined VN-2000 CRS.</summary>
/// <remarks>Example: "+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 +towgs84=-191.90441,… +units=m".</remarks>
internal static class ProjStringReader
{
    private static readonly Dictionary<string, double> UnitMeters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["m"] = 1.0, ["km"] = 1000.0, ["ft"] = 0.3048, ["us-ft"] = 1200.0 / 3937.0,
    };

    /// <summary>The description, or null with a one-line reason.</summary>
    public static CrsDescription? Read(string text, out string? problem)
    {
        problem = null;
        var terms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var term = token.TrimStart('+');
            var equals = term.IndexOf('=', StringComparison.Ordinal);
            terms[equals < 0 ? term : term[..equals]] = equals < 0 ? "" : term[(equals + 1)..];
        }

        var method = terms.GetValueOrDefault("proj", "");
        var declared = terms.TryGetValue("init", out var init) && init.StartsWith("epsg:", StringComparison.OrdinalIgnoreCase) &&
            int.TryParse(init[5..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : (int?)null;
        if (method.Length == 0 && declared is null)
        {
            problem = "the PROJ string has no +proj";
            return null;
        }

        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in new[] { "lat_0", "lon_0", "k", "k_0", "x_0", "y_0" })
        {
            if (terms.TryGetValue(key, out var value) && Number(value) is { } number)
            {
                parameters[ProjectionParameterNames.Canonical(key)] = number;
            }
        }

        if (method.Equals("utm", StringComparison.OrdinalIgnoreCase) && terms.TryGetValue("zone", out var zone) && Number(zone) is { } z)
        {
            // UTM (EPSG method 9807 with fixed parameters): zone n has central meridian 6n − 183.
            parameters[ProjectionParameterNames.CentralMeridian] = (6 * z) - 183;
            parameters[ProjectionParameterNames.ScaleFactor] = 0.9996;
            parameters[ProjectionParameterNames.FalseEasting] = 500_000;
            parameters[ProjectionParameterNames.FalseNorthing] = terms.ContainsKey("south") ? 10_000_000 : 0;
        }

        var unitName = terms.GetValueOrDefault("units", "m");
        var unitMeters = terms.TryGetValue("to_meter", out var toMeter) ? Number(toMeter) ?? double.NaN : UnitMeters.GetValueOrDefault(unitName, double.NaN);
        var ellipsoid = terms.GetValueOrDefault("ellps") ?? (terms.GetValueOrDefault("datum") is "WGS84" ? "WGS84" : null);
        var shift = terms.TryGetValue("towgs84", out var towgs84)
            ? towgs84.Split(',').Select(v => Number(v) ?? double.NaN).ToArray()
            : null;
        return new CrsDescription
        {
            Name = text.Length > 60 ? text[..60] + "…" : text,
            DeclaredEpsg = declared,
            Datum = new DatumDescription(terms.GetValueOrDefault("datum", "unknown"), ellipsoid, Number(terms.GetValueOrDefault("a", "")), Number(terms.GetValueOrDefault("rf", "")), shift),
            ProjectionMethod = method is "longlat" or "latlong" or "lonlat" or "" ? null : method,
            Parameters = parameters,
            LinearUnitName = unitName,
            LinearUnitMeters = unitMeters,
            PrimeMeridianDegrees = terms.TryGetValue("pm", out var pm) && !pm.Equals("greenwich", StringComparison.OrdinalIgnoreCase) ? Number(pm) ?? double.NaN : 0,
        };
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
