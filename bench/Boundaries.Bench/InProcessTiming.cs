using System.Diagnostics;

namespace Boundaries.Bench;

/// <summary>
/// In-process latency as the peers' W4 scripts measure it: warm up for a second (the JIT tiers up meanwhile), then time
/// each of a number of repetitions.
/// </summary>
internal static class InProcessTiming
{
    /// <summary>The last result and the median, fastest and slowest repetition in milliseconds; timingStarts runs just
    /// before the timed repetitions (to reset per-stage sums).</summary>
    public static (T Last, double MedianMs, double MinMs, double MaxMs) Measure<T>(Func<T> once, int repetitions, Action? timingStarts = null)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(1))
        {
            once();
        }

        var times = new double[repetitions];
        var last = once();
        timingStarts?.Invoke();
        for (var i = 0; i < repetitions; i++)
        {
            var start = Stopwatch.GetTimestamp();
            last = once();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        var median = repetitions % 2 == 1 ? times[repetitions / 2] : (times[(repetitions / 2) - 1] + times[repetitions / 2]) / 2;
        return (last, median, times[0], times[^1]);
    }
}
