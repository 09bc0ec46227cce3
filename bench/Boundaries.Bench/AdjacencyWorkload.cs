using System.Globalization;
using Boundaries.Core.Coverage;
using Boundaries.Core.Coverage.Neighbours;
using Boundaries.Data.Import.GeoJson;

namespace Boundaries.Bench;

/// <summary>
/// W2: rook adjacency (units whose boundaries share a positive length) with the shared length in metres, written as
/// CSV like bench/peers/gpd_w2_adjacency.py, through the project's <see cref="Adjacency"/>.
/// </summary>
/// <remarks>
/// Strict mode (tolerance 0: identical segments) by default, the peers' definition; BENCH_TOLERANCE=1e-7 runs the
/// planner's tolerant default, which also counts boundaries that run within a centimetre of each other.
/// </remarks>
internal static class AdjacencyWorkload
{
    public static int Run(string input, string output)
    {
        var units = new List<CoverageUnit>();
        DatasetLayout? layout = null;
        GeoJsonLayerReader.ReadEach(input, DatasetLayout.ReadOptions, feature =>
        {
            layout ??= DatasetLayout.Of(feature);
            if (feature.Geometry is { IsEmpty: false } geometry)
            {
                units.Add(new CoverageUnit(layout.Id(feature), geometry));
            }
        });

        PhaseClock.Mark("read");
        var tolerance = double.Parse(Environment.GetEnvironmentVariable("BENCH_TOLERANCE") ?? "0", CultureInfo.InvariantCulture);
        var adjacency = Adjacency.Build(units, tolerance);
        PhaseClock.Mark("adjacency");
        var totalMeters = 0.0;
        using (var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false), 1 << 16))
        {
            writer.WriteLine("a,b,shared_m");
            foreach (var boundary in adjacency.SharedBoundaries)
            {
                totalMeters += boundary.LengthMeters;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{boundary.KeyA},{boundary.KeyB},{boundary.LengthMeters:R}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"units={units.Count} edges={adjacency.SharedBoundaries.Count} total_shared_km={totalMeters / 1e3:F1}"));
        return 0;
    }
}
