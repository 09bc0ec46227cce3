using System.Globalization;

namespace Boundaries.Core.Tests.Crs;

/// <summary>The pyproj/GDAL fixtures of tests/fixtures/crs (see its README for how they were made).</summary>
internal static class CrsFixtures
{
    /// <summary>A point in a supported CRS and its WGS 84 position by PROJ through EPSG:6960.</summary>
    public sealed record ControlPoint(int Epsg, string Place, double X, double Y, double Lon, double Lat);

    /// <summary>One EPSG definition as PROJ's database gives it; the grid fields are NaN for geographic CRS.</summary>
    public sealed record EpsgRow(int Epsg, string Name, string Datum, double Lat0, double Lon0, double K0, double FalseEasting, double FalseNorthing);

    /// <summary>A CRS written as WKT by PROJ in one of its forms.</summary>
    public sealed record WktForm(int Epsg, string Form, string Wkt)
    {
        public override string ToString() => $"EPSG:{Epsg} {Form}";
    }

    public const string DistrictStem = "tp-tra-vinh_vn2000_tm3_105-30";

    public static IReadOnlyList<ControlPoint> ControlPoints() =>
        Rows("control_points.csv", ',')
            .Select(f => new ControlPoint(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], D(f[2]), D(f[3]), D(f[4]), D(f[5])))
            .ToList();

    public static IReadOnlyList<EpsgRow> EpsgParameters() =>
        Rows("epsg_parameters.csv", ',')
            .Select(f => new EpsgRow(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2], D(f[3]), D(f[4]), D(f[5]), D(f[6]), D(f[7])))
            .ToList();

    public static IReadOnlyList<WktForm> WktForms() =>
        Rows("wkt_forms.tsv", '\t').Select(f => new WktForm(int.Parse(f[0], CultureInfo.InvariantCulture), f[1], f[2])).ToList();

    public static string Text(string file) => File.ReadAllText(RepoPaths.Fixture("crs", file));

    private static IEnumerable<string[]> Rows(string file, char separator) =>
        File.ReadLines(RepoPaths.Fixture("crs", file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(separator));

    private static double D(string text) => text.Length == 0 ? double.NaN : double.Parse(text, CultureInfo.InvariantCulture);
}
