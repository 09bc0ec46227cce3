using System.Globalization;

namespace Boundaries.Core.Tests.TestSupport;

/// <summary>The geodesic reference areas (GeographicLib via pyproj) of tests/fixtures/reference.</summary>
internal static class ReferenceAreas
{
    public sealed record Row(string Key, string Name, double AreaKm2, double PerimeterKm);

    /// <summary>Communes of the c. 2009 layer, keyed by feature index in file order.</summary>
    public static IReadOnlyList<Row> Communes() =>
        Read("travinh_c2009_geodesic_areas.csv", f => (f[0], f[1], f[3], f[4]));

    /// <summary>Districts of the 2019 layer, keyed by GSO district code.</summary>
    public static IReadOnlyList<Row> Districts() =>
        Read("travinh_districts_2019_geodesic_areas.csv", f => (f[0], f[1], f[2], f[3]));

    private static List<Row> Read(string file, Func<string[], (string, string, string, string)> pick) =>
        File.ReadLines(RepoPaths.Fixture("reference", file)).Skip(1)
            .Select(line => pick(line.Split(',')))
            .Select(t => new Row(t.Item1, t.Item2, double.Parse(t.Item3, CultureInfo.InvariantCulture), double.Parse(t.Item4, CultureInfo.InvariantCulture)))
            .ToList();
}
