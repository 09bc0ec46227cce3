using System.Globalization;

namespace Boundaries.Core.Crs;

/// <summary>Matches a CRS description to a supported EPSG code by datum and projection parameters.</summary>
internal static class CrsMatcher
{
    private const double AngleToleranceDegrees = 1e-7;
    private const double ScaleTolerance = 1e-9;
    private const double LengthToleranceMeters = 1e-3;

    /// <summary>The EPSG code, or why the description is not a supported CRS.</summary>
    public static CrsIdentification Match(CrsDescription crs)
    {
        if (crs.DeclaredEpsg is { } declared && !CrsRegistry.IsSupported(declared))
        {
            return CrsIdentification.Failed($"'{crs.Name}' is EPSG:{declared}, which is not supported; supported: {CrsRegistry.SupportedSummary}");
        }

        var derived = Derive(crs, out var problem);
        if (crs.DeclaredEpsg is { } code)
        {
            // The code the file states is trusted unless its own parameters say it is another supported CRS.
            return derived is { } other && other != code
                ? CrsIdentification.Failed($"'{crs.Name}' declares EPSG:{code} ({CrsRegistry.NameOf(code)}) but its parameters are those of EPSG:{other} ({CrsRegistry.NameOf(other)})")
                : CrsIdentification.Of(code);
        }

        return derived is { } epsg ? CrsIdentification.Of(epsg) : CrsIdentification.Failed(problem!);
    }

    private static int? Derive(CrsDescription crs, out string? problem)
    {
        if (DatumClassifier.Classify(crs.Datum, out problem) is not { } datum)
        {
            return null;
        }

        if (crs.PrimeMeridianDegrees != 0)
        {
            problem = Invariant($"'{crs.Name}' counts longitude from a prime meridian at {crs.PrimeMeridianDegrees}°, not Greenwich");
            return null;
        }

        if (crs.ProjectionMethod is null)
        {
            if (Math.Abs((crs.AngularUnitRadians / (Math.PI / 180)) - 1) > 1e-9)
            {
                problem = $"'{crs.Name}' measures angles in {crs.AngularUnitName}, not degrees";
                return null;
            }

            return datum == GeodeticDatum.Wgs84 ? CrsRegistry.Wgs84 : CrsRegistry.Vn2000;
        }

        return Grid(crs, datum, out problem);
    }

    private static int? Grid(CrsDescription crs, GeodeticDatum datum, out string? problem)
    {
        problem = null;
        if (!IsTransverseMercator(crs.ProjectionMethod!))
        {
            problem = $"projection {crs.ProjectionMethod} is not a supported VN-2000 or WGS 84 CRS (all supported grids are Transverse Mercator)";
            return null;
        }

        if (Math.Abs(crs.LinearUnitMeters - 1) > 1e-12)
        {
            problem = Invariant($"'{crs.Name}' is in {crs.LinearUnitName} ({crs.LinearUnitMeters} m), not metres");
            return null;
        }

        var p = crs.Parameters;
        if (!p.TryGetValue(ProjectionParameterNames.CentralMeridian, out var lon0))
        {
            problem = $"'{crs.Name}' is Transverse Mercator without a central meridian";
            return null;
        }

        var tm = new TransverseMercatorParameters(
            p.GetValueOrDefault(ProjectionParameterNames.LatitudeOfOrigin),
            lon0,
            p.GetValueOrDefault(ProjectionParameterNames.ScaleFactor, 1.0),
            p.GetValueOrDefault(ProjectionParameterNames.FalseEasting),
            p.GetValueOrDefault(ProjectionParameterNames.FalseNorthing));
        var stray = p.FirstOrDefault(kv => !ProjectionParameterNames.IsTransverseMercator(kv.Key) && kv.Value != 0);
        if (stray.Key is not null)
        {
            problem = Invariant($"'{crs.Name}' has parameter {stray.Key} = {stray.Value}, which no Transverse Mercator grid has");
            return null;
        }

        var match = CrsRegistry.Definitions.FirstOrDefault(d => d.Projection is { } q && SameGrid(q, tm));
        var described = Invariant($"Transverse Mercator with central meridian {tm.CentralMeridianDegrees:0.#########}°, scale {tm.ScaleFactor:0.##########}, false easting {tm.FalseEastingMeters:#,0.###} m, false northing {tm.FalseNorthingMeters:#,0.###} m");
        if (datum == GeodeticDatum.Wgs84)
        {
            var hint = match is null ? "" : $"; if the data is VN-2000, EPSG:{match.Epsg} ({match.Name}) has these parameters";
            problem = $"projection {described} on datum {crs.Datum.Name} (WGS 84) is not a supported VN-2000 or WGS 84 CRS{hint}";
            return null;
        }

        if (match is null)
        {
            problem = $"projection {described} on VN-2000 matches no EPSG VN-2000 grid";
            return null;
        }

        return match.Epsg;
    }

    private static bool IsTransverseMercator(string method) =>
        ProjectionParameterNames.Normalise(method) is "transversemercator" or "tmerc" or "etmerc" or "utm" or "gausskruger" or "transversemercatorcomplex";

    private static bool SameGrid(TransverseMercatorParameters a, TransverseMercatorParameters b) =>
        Math.Abs(a.LatitudeOfOriginDegrees - b.LatitudeOfOriginDegrees) < AngleToleranceDegrees &&
        Math.Abs(a.CentralMeridianDegrees - b.CentralMeridianDegrees) < AngleToleranceDegrees &&
        Math.Abs(a.ScaleFactor - b.ScaleFactor) < ScaleTolerance &&
        Math.Abs(a.FalseEastingMeters - b.FalseEastingMeters) < LengthToleranceMeters &&
        Math.Abs(a.FalseNorthingMeters - b.FalseNorthingMeters) < LengthToleranceMeters;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
