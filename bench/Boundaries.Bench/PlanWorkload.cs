using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Boundaries.Core.Planning;
using Boundaries.Core.Units;
using Boundaries.Data.Import.GeoJson;
using Boundaries.Data.Standards;
using Boundaries.Planning;

namespace Boundaries.Bench;

/// <summary>
/// PLAN (issue 16): the whole-province planner on every province of the national c. 2013 layer, provinces in parallel
/// (two at a time, the machine's cores), NQ 76/2025 rules and the planner's defaults (60 % fewer units, old district lines
/// kept, groups of at most 4). Prints each province's time, the slowest and the whole run. The target: under 10 s per
/// province, under 5 minutes for the country on 2 cores.
/// </summary>
internal static class PlanWorkload
{
    public static int Run(string input, string standards, string? only)
    {
        var orientation = StandardsCatalogueLoader.Load(standards).Orientations.Single(o => o.Id == "nq76-2025");
        var provinces = Read(input).Where(p => only is null || p.Key == only).ToList();
        PhaseClock.Mark("read");
        var times = new ConcurrentBag<(string Province, int Units, int Groups, int Failing, long Objective, double Seconds)>();
        var wall = Stopwatch.StartNew();
        Parallel.ForEach(provinces, new ParallelOptions { MaxDegreeOfParallelism = 2 }, p =>
        {
            var clock = Stopwatch.StartNew();
            var outcome = ArrangementPlanner.Plan(p.Value, orientation, new PlanRules(), new CpSatPartitionSolver());
            var plan = outcome.Plans.FirstOrDefault();
            times.Add((p.Key, outcome.Problem.Units.Count, plan?.UnitCount ?? 0, plan?.FailingCount ?? -1, plan?.Objective ?? 0, clock.Elapsed.TotalSeconds));
        });
        PhaseClock.Mark("plan");
        foreach (var t in times.OrderBy(t => t.Province, StringComparer.Ordinal))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Province} units={t.Units} groups={t.Groups} failing={t.Failing} objective={t.Objective} seconds={t.Seconds:F2}"));
        }

        Console.Error.WriteLine("slowest:");
        foreach (var t in times.OrderByDescending(t => t.Seconds).Take(5))
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  province {t.Province}: {t.Units} → {t.Groups} units, {t.Failing} failing, {t.Seconds:F2} s"));
        }

        var slowest = times.MaxBy(t => t.Seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"provinces={times.Count} units={times.Sum(t => t.Units)} groups={times.Sum(t => t.Groups)} infeasible={times.Count(t => t.Failing < 0)} failing={times.Where(t => t.Failing > 0).Sum(t => t.Failing)} objective={times.Sum(t => t.Objective)} slowest={slowest.Province}:{slowest.Seconds:F2}s wall={wall.Elapsed.TotalSeconds:F1}s"));
        return 0;
    }

    // The layer's ids are the admin GIS's own (province 817, district 81701, commune 8170101), not GSO codes.
    private static Dictionary<string, AdminMap> Read(string input)
    {
        var communes = new List<(string Province, string District, AdminUnit Unit)>();
        GeoJsonLayerReader.ReadEach(input, DatasetLayout.ReadOptions, feature =>
        {
            var layout = DatasetLayout.Of(feature);
            var district = layout.Group(feature);
            var province = district[..^2];
            var name = layout.Name(feature);
            var type = name.StartsWith("Phường", StringComparison.Ordinal) ? UnitType.Phuong
                : name.StartsWith("Thị trấn", StringComparison.Ordinal) ? UnitType.ThiTran : UnitType.Xa;
            var population = layout.Population(feature);
            communes.Add((province, district, new AdminUnit
            {
                Code = layout.Id(feature), Name = name, Type = type, ParentCode = district,
                Geometry = feature.Geometry is { IsEmpty: false } g ? g : null,
                Population = double.IsNaN(population) ? null : new PopulationFigure((long)population, 2009, "censusVN2009 package"),
            }));
        });

        return communes.GroupBy(c => c.Province).ToDictionary(g => g.Key, g =>
        {
            var province = new AdminUnit { Code = g.Key, Name = g.Key, Type = UnitType.Tinh };
            var districts = g.Select(c => c.District).Distinct().Select(d => new AdminUnit { Code = d, Name = d, Type = UnitType.Huyen, ParentCode = g.Key });
            return new AdminMap([province, .. districts, .. g.Select(c => c.Unit)]);
        });
    }
}
