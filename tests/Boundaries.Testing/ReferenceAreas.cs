using System.Globalization;

namespace Boundaries.Testing;

/// <summary>The geodesic reference areas (GeographicLib via pyproj) of tests/fixtures/reference.</summary>
public static class ReferenceAreas
{
    /// <summary>One polygon: its key (feature index or district code), name, 2023 GSO code when matched, area and perimeter.</summary>
    public sealed record Row(string Key, string Name, string? Code, double AreaKm2, double PerimeterKm);

    /// <summary>Communes of the c. 2009 layer, keyed by feature index in file order.</summary>
    public static IReadOnlyList<Row> Communes() =>
        Read("travinh_c2009_geodesic_areas.csv", f => new Row(f[0], f[1], f[2].Length == 0 ? null : f[2], Number(f[3]), Number(f[4])));

    /// <summary>Districts of the 2019 layer, keyed by GSO district code.</summary>
    public static IReadOnlyList<Row> Districts() =>
        Read("travinh_districts_2019_geodesic_areas.csv", f => new Row(f[0], f[1], f[0], Number(f[2]), Number(f[3])));

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static List<Row> Read(string file, Func<string[], Row> row) =>
        File.ReadLines(RepoPaths.Fixture("reference", file)).Skip(1).Select(line => row(line.Split(','))).ToList();
}
