using System.Collections.Concurrent;
using System.Globalization;
using Boundaries.Core.Geodesy;
using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Import.Layers;

namespace Boundaries.Bench;

/// <summary>
/// W1+W5: read the file, measure every unit's natural area on the ellipsoid, compare area and population with the
/// xã standard and flag the units below 70 % of both, then write the CSV, as bench/peers/gpd_w5_pipeline.py does.
/// </summary>
/// <remarks>
/// The flag rule is the peers' workload rule (30 km², 8,000 people, both under 70 %, for every unit whatever its
/// type), not the legal evaluation, which depends on the unit's type and region.
/// </remarks>
internal static class FlagsWorkload
{
    private const double StandardAreaKm2 = 30.0;
    private const double StandardPopulation = 8000.0;
    private const double ThresholdPercent = 70.0;

    public static int Run(string input, string output)
    {
        // The reader keeps one core busy; the ellipsoidal areas are measured on the other as features arrive.
        var rows = new List<(string Id, string Name, double Population, double AreaKm2)>();
        var features = new BlockingCollection<SourceFeature>(boundedCapacity: 512);
        using var failed = new CancellationTokenSource();
        var measure = Task.Run(() =>
        {
            try
            {
                DatasetLayout? layout = null;
                foreach (var feature in features.GetConsumingEnumerable())
                {
                    layout ??= DatasetLayout.Of(feature);
                    var area = feature.Geometry is null ? 0 : EllipsoidalMeasure.AreaKm2(feature.Geometry);
                    rows.Add((layout.Id(feature), layout.Name(feature), layout.Population(feature), area));
                }
            }
            catch
            {
                // Without this the reader would wait for room in the queue forever.
                failed.Cancel();
                throw;
            }
        });
        try
        {
            GeoJsonLayerReader.ReadEach(input, DatasetLayout.ReadOptions, feature => features.Add(feature, failed.Token));
        }
        catch (OperationCanceledException)
        {
            // The measuring task's own exception is rethrown by Wait below.
        }
        finally
        {
            features.CompleteAdding();
        }

        measure.Wait();
        PhaseClock.Mark("read + area");

        var flagged = 0;
        var total = 0.0;
        using (var writer = new StreamWriter(output, false, new System.Text.UTF8Encoding(false), 1 << 16))
        {
            writer.WriteLine("id,name,population,area_km2,area_pct,pop_pct,flag");
            foreach (var (id, name, population, areaKm2) in rows)
            {
                var areaPct = areaKm2 / StandardAreaKm2 * 100;
                var popPct = population / StandardPopulation * 100;
                var flag = areaPct < ThresholdPercent && popPct < ThresholdPercent;
                flagged += flag ? 1 : 0;
                total += areaKm2;
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{id},{Csv(name)},{population},{areaKm2:R},{areaPct:R},{popPct:R},{(flag ? "True" : "False")}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"units={rows.Count} flagged={flagged} total_area_km2={total:F3}"));
        return 0;
    }

    private static string Csv(string text) =>
        text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"") + "\"";
}
