using System.Collections.Concurrent;
using System.Globalization;
using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Core.Geodesy;
using Boundaries.Data.Export.Layers;
using Boundaries.Data.Import.GeoJson;
using NetTopologySuite.Geometries;

namespace Boundaries.Bench;

/// <summary>
/// W3: dissolve communes into their districts (summed population, ellipsoidal area) and write GeoJSON, as
/// bench/peers/gpd_w3_dissolve.py does.
/// </summary>
/// <remarks>
/// Reading, dissolving and writing overlap. Communes of one district usually follow each other in the file, so each
/// run of consecutive communes of one district is dissolved, measured and encoded by a worker while the reader goes
/// on, and the main thread writes the encoded districts in file order once the reader is done. A district whose
/// communes are not consecutive is dissolved again from its runs at the end, so the order of the file never changes
/// the result.
/// </remarks>
internal static class DissolveWorkload
{
    public static int Run(string input, string output)
    {
        // Unbounded: the reader finishes early (the whole layer is 60 MB of packed coordinates), so that the writer can
        // start and release each district as soon as it is written instead of holding them all until the end.
        var queue = new BlockingCollection<DistrictRun>();
        var runs = new List<DistrictRun>();
        var dissolver = new AdaptiveDissolver();
        using var failed = new CancellationTokenSource();

        // While the reader runs it has a core of its own: with every core dissolving, the reader (the one part that
        // cannot be shared out) got half a core and reading took three times as long. One more worker joins after.
        var cores = Environment.ProcessorCount;
        using var slots = new SemaphoreSlim(Math.Max(1, cores - 1), cores);
        var workers = Enumerable.Range(0, cores).Select(_ => Task.Run(() =>
        {
            try
            {
                foreach (var run in queue.GetConsumingEnumerable(failed.Token))
                {
                    slots.Wait(failed.Token);
                    try
                    {
                        var geometry = run.Parts.Count == 0
                            ? GeoJsonReadOptions.PackedLonLatFactory.CreatePolygon()
                            : dissolver.Dissolve(run.Parts).Geometry;
                        run.Parts.Clear();
                        run.Result = District.Of(geometry, run.Population);
                    }
                    finally
                    {
                        slots.Release();
                    }

                    run.Done.SetResult();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The reader and the writer wait on the workers; a failure must release them.
                failed.Cancel();
                throw;
            }
        })).ToArray();

        try
        {
            ReadRuns(input, queue, runs, failed.Token);
            if (cores > 1)
            {
                slots.Release();
            }

            PhaseClock.Mark("read (dissolving alongside)");
            var totals = WriteInOrder(output, runs, dissolver, failed.Token);
            PhaseClock.Mark("dissolve + write after read");
            Task.WaitAll(workers);
            Console.Error.WriteLine($"  coverage union proven for {dissolver.Successes} of {dissolver.Attempts} groups tried");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"groups={totals.Groups} total_pop={totals.Population:F0} total_area_km2={totals.AreaKm2:F3} multipolygons={totals.MultiPolygons}"));
            return 0;
        }
        catch (OperationCanceledException)
        {
            Task.WaitAll(workers);
            throw;
        }
    }

    private static (int Groups, double Population, double AreaKm2, int MultiPolygons) WriteInOrder(
        string output, List<DistrictRun> runs, AdaptiveDissolver dissolver, CancellationToken cancelled)
    {
        var runsPerKey = runs.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.ToList());
        (int Groups, double Population, double AreaKm2, int MultiPolygons) totals = default;
        IEnumerable<UnitLayerRow> Districts()
        {
            foreach (var run in runs)
            {
                var sameKey = runsPerKey[run.Key];
                District district;
                if (sameKey.Count == 1)
                {
                    run.Done.Task.Wait(cancelled);
                    district = run.Result!;
                }
                else if (sameKey[0] == run)
                {
                    district = Merge(sameKey, dissolver, cancelled);
                }
                else
                {
                    continue;
                }

                // Written districts are let go at once: holding all of them would double the peak memory.
                foreach (var written in sameKey)
                {
                    written.Result = null;
                }

                totals = (totals.Groups + 1, totals.Population + district.Population, totals.AreaKm2 + district.AreaKm2,
                    totals.MultiPolygons + (district.IsMulti ? 1 : 0));
                yield return new UnitLayerRow(district.Geometry, [run.Key, district.Population, district.AreaKm2]);
            }
        }

        var groupField = runs.Count == 0 ? "district" : runs[0].GroupField;
        LayerField[] fields =
        [
            new(groupField, groupField, LayerFieldKind.Text, "the group"),
            new("population", "population", LayerFieldKind.Real, "people"),
            new("area_km2", "area_km2", LayerFieldKind.Real, "ellipsoidal area"),
        ];
        using (var stream = new FileStream(output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            GeoJsonLayerWriter.Write("districts", fields, Districts(), stream);
        }

        return totals;
    }

    private static District Merge(List<DistrictRun> sameKey, AdaptiveDissolver dissolver, CancellationToken cancelled)
    {
        var parts = new List<Geometry>();
        var population = 0.0;
        foreach (var run in sameKey)
        {
            run.Done.Task.Wait(cancelled);
            parts.Add(run.Result!.Geometry);
            population += run.Population;
        }

        return District.Of(dissolver.Dissolve(parts).Geometry, population);
    }

    private static void ReadRuns(string input, BlockingCollection<DistrictRun> queue, List<DistrictRun> runs, CancellationToken cancelled)
    {
        try
        {
            DatasetLayout? layout = null;
            DistrictRun? current = null;
            GeoJsonLayerReader.ReadEach(input, DatasetLayout.ReadOptions, feature =>
            {
                layout ??= DatasetLayout.Of(feature);
                var key = layout.Group(feature);
                if (current is null || current.Key != key)
                {
                    if (current is not null)
                    {
                        queue.Add(current, cancelled);
                    }

                    current = new DistrictRun(layout.GroupField, key);
                    runs.Add(current);
                }

                if (feature.Geometry is { IsEmpty: false } geometry)
                {
                    current.Parts.Add(geometry);
                }

                var population = layout.Population(feature);
                current.Population += double.IsNaN(population) ? 0 : population;
            });

            if (current is not null)
            {
                queue.Add(current, cancelled);
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    /// <summary>Consecutive communes of one district, waiting to be dissolved.</summary>
    private sealed class DistrictRun(string groupField, string key)
    {
        public string GroupField { get; } = groupField;

        public string Key { get; } = key;

        public List<Geometry> Parts { get; } = [];

        public double Population { get; set; }

        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public District? Result { get; set; }
    }

    /// <summary>A dissolved district, measured.</summary>
    private sealed record District(Geometry Geometry, double Population, double AreaKm2, bool IsMulti)
    {
        public static District Of(Geometry geometry, double population) =>
            new(geometry, population, EllipsoidalMeasure.AreaKm2(geometry), geometry is MultiPolygon);
    }
}
