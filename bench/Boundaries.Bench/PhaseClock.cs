using System.Diagnostics;

namespace Boundaries.Bench;

/// <summary>Prints how long each phase of a workload took, to stderr, so the timed stdout stays the peers' summary.</summary>
internal static class PhaseClock
{
    private static readonly Stopwatch Clock = new();
    private static TimeSpan _last;

    /// <summary>Starts the clock at the beginning of a workload.</summary>
    public static void Start() => Clock.Start();

    public static void Mark(string phase)
    {
        var now = Clock.Elapsed;
        var process = Process.GetCurrentProcess();
        Console.Error.WriteLine(
            $"  {phase}: {(now - _last).TotalSeconds:F3}s (cpu {process.TotalProcessorTime.TotalSeconds:F2}s, " +
            $"managed {GC.GetTotalMemory(false) >> 20} MiB, peak RSS {process.PeakWorkingSet64 >> 20} MiB)");
        _last = now;
    }
}
