using System.Collections.Concurrent;
using System.Globalization;
using Boundaries.Core.Coverage;
using Boundaries.Core.Geodesy;
using Boundaries.Data.Import.GeoJson;
using NetTopologySuite.Geometries;

namespace Boundaries.Bench;

/// <summary>
/// W3: dissolve communes into their districts (summed population, ellipsoidal area) and write GeoJSON, as
/// bench/peers/gpd_w3_dissolve.py does.
/// </summary>
/// <remarks>
/// Reading and dissolving overlap: communes of one district usually follow each other in the file, so each run of
/// consecutive communes of one district is dissolved by a worker while the reader goes on. A district whose communes
/// are not consecutive is dissolved again from its runs at the end, so the order of the file never changes the result.
/// </remarks>
internal static class DissolveWorkload
{
    private static readonly bool TryCoverageUnion = Environment.GetEnvironmentVariable("BENCH_OVERLAY_ONLY") != "1";

    public static int Run(string input, string output)
    {
        var runs = new BlockingCollection<DistrictRun>(boundedCapacity: 64);
        var done = new ConcurrentBag<(int Order, string Key, Geometry Geometry, double Population)>();
        var workers = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => Task.Run(() =>
        {
            foreach (var run in runs.GetConsumingEnumerable())
            {
                var geometry = run.Parts.Count == 0
                    ? StreamingGeoJsonOptions.PackedLonLatFactory.CreatePolygon()
                    : PolygonDissolver.Dissolve(run.Parts, TryCoverageUnion).Geometry;
                done.Add((run.Order, run.Key, geometry, run.Population));
            }
        })).ToArray();

        ReadRuns(input, runs);
        PhaseClock.Mark("read");
        Task.WaitAll(workers);
        PhaseClock.Mark("dissolve after read");

        var districts = done.GroupBy(r => r.Key)
            .Select(g => (Order: g.Min(r => r.Order), g.Key, Geometry: Merge(g.Select(r => r.Geometry).ToList()), Population: g.Sum(r => r.Population)))
            .OrderBy(d => d.Order)
            .ToList();

        double totalPopulation = 0, totalArea = 0;
        var multipolygons = 0;
        using (var writer = new GeoJsonFeatureWriter(output, "districts"))
        {
            foreach (var d in districts)
            {
                var areaKm2 = EllipsoidalMeasure.AreaKm2(d.Geometry);
                totalArea += areaKm2;
                totalPopulation += d.Population;
                multipolygons += d.Geometry is MultiPolygon ? 1 : 0;
                writer.Write(d.Geometry, [new("district", d.Key), new("population", d.Population), new("area_km2", areaKm2)]);
            }
        }

        PhaseClock.Mark("area + write");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"groups={districts.Count} total_pop={totalPopulation:F0} total_area_km2={totalArea:F3} multipolygons={multipolygons}"));
        return 0;
    }

    private static void ReadRuns(string input, BlockingCollection<DistrictRun> runs)
    {
        try
        {
            using var reader = StreamingGeoJsonReader.Open(input, DatasetLayout.ReadOptions);
            DatasetLayout? layout = null;
            DistrictRun? current = null;
            var order = 0;
            foreach (var feature in reader.ReadFeatures())
            {
                layout ??= DatasetLayout.Of(feature);
                var key = layout.Group(feature);
                if (current is null || current.Key != key)
                {
                    if (current is not null)
                    {
                        runs.Add(current);
                    }

                    current = new DistrictRun(order++, key);
                }

                if (feature.Geometry is { IsEmpty: false } geometry)
                {
                    current.Parts.Add(geometry);
                }

                var population = layout.Population(feature);
                current.Population += double.IsNaN(population) ? 0 : population;
            }

            if (current is not null)
            {
                runs.Add(current);
            }
        }
        finally
        {
            runs.CompleteAdding();
        }
    }

    private static Geometry Merge(IReadOnlyList<Geometry> runGeometries) =>
        runGeometries.Count == 1 ? runGeometries[0] : PolygonDissolver.Dissolve(runGeometries).Geometry;

    private sealed class DistrictRun(int order, string key)
    {
        public int Order { get; } = order;

        public string Key { get; } = key;

        public List<Geometry> Parts { get; } = [];

        public double Population { get; set; }
    }
}
