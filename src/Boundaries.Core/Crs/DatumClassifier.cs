using System.Globalization;
using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Crs;

/// <summary>Decides whether a declared datum is VN-2000 or WGS 84, from its name, ellipsoid and TOWGS84.</summary>
/// <remarks>
/// ESRI .prj files (as QGIS and ArcGIS write them) carry no TOWGS84, so the name decides there
/// ("D_Vietnam_2000", "D_WGS_1984"). A datum with another name decides by its TOWGS84: the national
/// VN-2000 shift (EPSG:6960, or EPSG:5194 within 2 m) or zeros for WGS 84. Anything else is not guessed:
/// the 225 m between the two datums is too much to leave to a guess.
/// </remarks>
internal static class DatumClassifier
{
    private const double ShiftToleranceMeters = 2.0;

    private static readonly double[][] Vn2000Translations =
    [
        [Vn2000ToWgs84.TxMeters, Vn2000ToWgs84.TyMeters, Vn2000ToWgs84.TzMeters],
        [-192.873, -39.382, -111.202], // EPSG:5194 "VN-2000 to WGS 84 (1)"
    ];

    /// <summary>The datum, or null with a one-line reason.</summary>
    public static GeodeticDatum? Classify(DatumDescription datum, out string? problem)
    {
        problem = null;
        var byName = ByName(datum.Name);
        var byShift = ByShift(datum.ToWgs84);
        if (!HasWgs84Ellipsoid(datum))
        {
            problem = $"datum '{datum.Name}' on ellipsoid '{datum.EllipsoidName ?? "?"}'{EllipsoidFigures(datum)} is neither VN-2000 nor WGS 84 (both use the WGS 84 ellipsoid)";
            return null;
        }

        if (datum.ToWgs84 is null)
        {
            if (byName is null)
            {
                problem = $"datum '{datum.Name}' is neither VN-2000 nor WGS 84 by name and gives no TOWGS84 to tell";
            }

            return byName;
        }

        if (byShift is not null && (byName is null || byName == byShift))
        {
            return byShift;
        }

        problem = $"datum '{datum.Name}' with TOWGS84[{string.Join(",", datum.ToWgs84.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))}] is neither VN-2000 (EPSG:6960) nor WGS 84";
        return null;
    }

    private static GeodeticDatum? ByName(string name)
    {
        var key = ProjectionParameterNames.Normalise(name);
        if (name.StartsWith("D_", StringComparison.OrdinalIgnoreCase))
        {
            key = key[1..];
        }

        if (key.Contains("vietnam2000", StringComparison.Ordinal) || key.Contains("vn2000", StringComparison.Ordinal))
        {
            return GeodeticDatum.Vn2000;
        }

        return key is "wgs84" or "wgs1984" || key.StartsWith("worldgeodeticsystem1984", StringComparison.Ordinal)
            ? GeodeticDatum.Wgs84
            : null;
    }

    private static GeodeticDatum? ByShift(IReadOnlyList<double>? toWgs84)
    {
        if (toWgs84 is null || toWgs84.Count < 3)
        {
            return null;
        }

        if (toWgs84.All(v => v == 0))
        {
            return GeodeticDatum.Wgs84;
        }

        return Vn2000Translations.Any(t => Math.Sqrt(Square(toWgs84[0] - t[0]) + Square(toWgs84[1] - t[1]) + Square(toWgs84[2] - t[2])) < ShiftToleranceMeters)
            ? GeodeticDatum.Vn2000
            : null;
    }

    private static bool HasWgs84Ellipsoid(DatumDescription datum)
    {
        if (datum.SemiMajorAxisMeters is { } a && datum.InverseFlattening is { } rf)
        {
            return Math.Abs(a - Ellipsoid.Wgs84.SemiMajorAxisMeters) < 0.001 && Math.Abs(rf - Ellipsoid.Wgs84.InverseFlattening) < 1e-6;
        }

        return datum.EllipsoidName is null || ProjectionParameterNames.Normalise(datum.EllipsoidName) is "wgs84" or "wgs1984";
    }

    private static string EllipsoidFigures(DatumDescription datum) =>
        datum.SemiMajorAxisMeters is { } a && datum.InverseFlattening is { } rf
            ? FormattableString.Invariant($" (a = {a} m, 1/f = {rf})")
            : "";

    private static double Square(double v) => v * v;
}
