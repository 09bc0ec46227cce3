using System.Diagnostics;
using Boundaries.Data;

namespace Boundaries.Bench;

/// <summary>The workloads of issue 4 §5, one command each, run as whole processes by bench/compare.sh.</summary>
internal static class BenchCommands
{
    private const string Usage = """
        usage: boundaries-bench w5 IN.geojson OUT.csv        file -> ellipsoidal area -> standard flags -> CSV
               boundaries-bench w2 IN.geojson OUT.csv        rook adjacency with shared length (m)
               boundaries-bench plan IN.geojson STANDARDS [PROVINCE]  whole-province plans, provinces in parallel
               boundaries-bench w3 IN.geojson OUT.geojson    dissolve communes -> districts -> GeoJSON
               boundaries-bench w4 IN.geojson FIELD A B [REPS]   one merge + area + perimeter + flags, in process
               boundaries-bench w4-scenario DATASET STANDARDS CODE_A CODE_B [REPS]   W4 through the scenario engine
               boundaries-bench scenario DATASET STANDARDS SCENARIO.json [REPS]      a whole scenario, applied and assessed
               boundaries-bench read IN.geojson              parse only (reader speed)
        """;

    public static int Run(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var clock = Stopwatch.StartNew();
        PhaseClock.Start();
        try
        {
            var code = (args[0], args.Length) switch
            {
                ("w5", 3) => FlagsWorkload.Run(args[1], args[2]),
                ("w3", 3) => DissolveWorkload.Run(args[1], args[2]),
                ("w4", >= 5) => MergeWorkload.Run(args[1], args[2], args[3], args[4], args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 100),
                ("w2", 3) => AdjacencyWorkload.Run(args[1], args[2]),
                ("w4-scenario", >= 5) => ScenarioMergeWorkload.Run(args[1], args[2], args[3], args[4], args.Length > 5 ? int.Parse(args[5], System.Globalization.CultureInfo.InvariantCulture) : 100),
                ("scenario", >= 4) => ScenarioWorkload.Run(args[1], args[2], args[3], args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 100),
                ("read", 2) => ReadWorkload.Run(args[1]),
                ("plan", >= 3) => PlanWorkload.Run(args[1], args[2], args.Length > 3 ? args[3] : null),
                _ => -1,
            };
            if (code == -1)
            {
                Console.Error.WriteLine(Usage);
                return 2;
            }

            Console.Error.WriteLine($"{args[0]}: {clock.Elapsed.TotalSeconds:F3}s in process");
            return code;
        }
        catch (InputDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return 3;
        }
    }
}
