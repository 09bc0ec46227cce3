using System.Globalization;

namespace Boundaries.Core.Crs;

/// <summary>Reads a CRS description from parsed WKT: OGC WKT1 (GDAL and ESRI flavours) and ISO 19162 WKT2.</summary>
internal static class WktCrsReader
{
    private const double Degree = Math.PI / 180;

    /// <summary>The description, or null with a one-line reason.</summary>
    public static CrsDescription? Read(WktNode root, out string? problem)
    {
        problem = null;
        switch (root.Keyword)
        {
            case "PROJCS":
                return Projected(root, root.Child("GEOGCS"), Wkt1Projection(root), out problem);
            case "PROJCRS" or "PROJECTEDCRS":
                return Projected(root, root.Child("BASEGEOGCRS", "BASEGEODCRS", "GEOGCRS", "GEODCRS"), Wkt2Conversion(root.Child("CONVERSION")), out problem);
            case "GEOGCS" or "GEOGCRS" or "GEOGRAPHICCRS" or "GEODCRS" or "GEODETICCRS":
                if (root.Child("CS") is { } cs && !cs.Name.Equals("ellipsoidal", StringComparison.OrdinalIgnoreCase))
                {
                    problem = $"'{root.Name}' is a geocentric (Cartesian) CRS, not lon/lat or a grid";
                    return null;
                }

                return Geographic(root, out problem);
            case "BOUNDCRS" when root.Child("SOURCECRS")?.Children.FirstOrDefault() is { } source:
                return Read(source, out problem);
            case "COMPD_CS" or "COMPOUNDCRS":
                var horizontal = root.Children.FirstOrDefault(c => c.Keyword is "PROJCS" or "GEOGCS" or "PROJCRS" or "GEOGCRS" or "GEODCRS" or "BOUNDCRS");
                if (horizontal is not null)
                {
                    return Read(horizontal, out problem);
                }

                break;
            case "GEOCCS":
                problem = $"'{root.Name}' is a geocentric CRS, not lon/lat or a grid";
                return null;
            case "LOCAL_CS" or "ENGCRS" or "ENGINEERINGCRS":
                problem = $"'{root.Name}' is a local engineering CRS with no position on Earth";
                return null;
        }

        problem = $"WKT {root.Keyword} '{root.Name}' is not a geographic or projected CRS";
        return null;
    }

    private static CrsDescription? Geographic(WktNode geographic, out string? problem)
    {
        var datum = Datum(geographic, out problem);
        if (datum is null)
        {
            return null;
        }

        var unit = geographic.Child("UNIT", "ANGLEUNIT") ?? AxisUnit(geographic, "ANGLEUNIT");
        return new CrsDescription
        {
            Name = geographic.Name,
            DeclaredEpsg = Authority(geographic),
            Datum = datum,
            AngularUnitName = unit?.Name ?? "degree",
            AngularUnitRadians = unit?.Number(1) ?? Degree,
            PrimeMeridianDegrees = PrimeMeridian(geographic),
        };
    }

    private static CrsDescription? Projected(WktNode projected, WktNode? geographic, (string? Method, Dictionary<string, double> Parameters) projection, out string? problem)
    {
        if (geographic is null)
        {
            problem = $"projected CRS '{projected.Name}' has no geographic CRS";
            return null;
        }

        var baseCrs = Geographic(geographic, out problem);
        if (baseCrs is null)
        {
            return null;
        }

        if (projection.Method is null)
        {
            problem = $"projected CRS '{projected.Name}' names no projection";
            return null;
        }

        var unit = projected.Child("UNIT", "LENGTHUNIT") ?? AxisUnit(projected, "LENGTHUNIT");
        return baseCrs with
        {
            Name = projected.Name,
            DeclaredEpsg = Authority(projected),
            ProjectionMethod = projection.Method,
            Parameters = projection.Parameters,
            LinearUnitName = unit?.Name ?? "metre",
            LinearUnitMeters = unit?.Number(1) ?? 1.0,
        };
    }

    private static (string?, Dictionary<string, double>) Wkt1Projection(WktNode projcs)
    {
        // WKT1 states angular parameters in the GEOGCS unit; every supported CRS uses degrees, others are converted.
        var angular = projcs.Child("GEOGCS")?.Child("UNIT")?.Number(1) ?? Degree;
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in projcs.ChildrenNamed("PARAMETER"))
        {
            if (p.Number(1) is { } value)
            {
                var key = ProjectionParameterNames.Canonical(p.Name);
                parameters[key] = key is ProjectionParameterNames.CentralMeridian or ProjectionParameterNames.LatitudeOfOrigin
                    ? ToDegrees(value, angular)
                    : value;
            }
        }

        return (projcs.Child("PROJECTION")?.Name, parameters);
    }

    private static (string?, Dictionary<string, double>) Wkt2Conversion(WktNode? conversion)
    {
        var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
        if (conversion is null)
        {
            return (null, parameters);
        }

        foreach (var p in conversion.ChildrenNamed("PARAMETER"))
        {
            if (p.Number(1) is not { } value)
            {
                continue;
            }

            // WKT2 gives each parameter its own unit; convert angles to degrees, lengths to metres, scales to unity.
            if (p.Child("ANGLEUNIT")?.Number(1) is { } radians)
            {
                value = ToDegrees(value, radians);
            }
            else if (p.Child("LENGTHUNIT", "SCALEUNIT")?.Number(1) is { } factor)
            {
                value *= factor;
            }

            parameters[ProjectionParameterNames.Canonical(p.Name)] = value;
        }

        return (conversion.Child("METHOD", "PROJECTION")?.Name, parameters);
    }

    private static DatumDescription? Datum(WktNode geographic, out string? problem)
    {
        var datum = geographic.Child("DATUM", "GEODETICDATUM", "TRF", "ENSEMBLE");
        if (datum is null)
        {
            problem = $"geographic CRS '{geographic.Name}' has no datum";
            return null;
        }

        problem = null;
        var ellipsoid = datum.Child("SPHEROID", "ELLIPSOID");
        var toWgs84 = datum.Child("TOWGS84") ?? geographic.Child("TOWGS84");
        var shift = toWgs84 is null ? null : Enumerable.Range(0, toWgs84.Values.Count).Select(i => toWgs84.Number(i) ?? double.NaN).ToArray();
        return new DatumDescription(datum.Name, ellipsoid?.Name, ellipsoid?.Number(1), ellipsoid?.Number(2), shift);
    }

    private static double PrimeMeridian(WktNode geographic)
    {
        var primem = geographic.Child("PRIMEM", "PRIMEMERIDIAN");
        var value = primem?.Number(1) ?? 0;
        return primem?.Child("ANGLEUNIT")?.Number(1) is { } radians ? ToDegrees(value, radians) : value;
    }

    /// <summary>An angle in degrees; WKT writes the degree as 0.0174532925199433, which is not exactly π/180, so degrees stay as written.</summary>
    private static double ToDegrees(double value, double unitRadians) =>
        Math.Abs((unitRadians / Degree) - 1) < 1e-12 ? value : value * unitRadians / Degree;

    private static WktNode? AxisUnit(WktNode crs, string keyword) =>
        crs.ChildrenNamed("AXIS").Select(a => a.Child(keyword)).FirstOrDefault(u => u is not null)
        ?? crs.Child("CS")?.Child(keyword);

    private static int? Authority(WktNode crs)
    {
        var id = crs.Child("AUTHORITY", "ID");
        return id is not null && id.Name.Equals("EPSG", StringComparison.OrdinalIgnoreCase) && id.Values.Count > 1 &&
            int.TryParse(id.Values[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code)
            ? code
            : null;
    }
}
