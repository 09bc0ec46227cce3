using System.Collections.Concurrent;
using System.Globalization;

namespace Boundaries.Data;

/// <summary>Names, tracks and cleans the temporary files and folders that outputs are written to before being renamed into place.</summary>
/// <remarks>
/// A temporary is named ".NAME.PID.RANDOM.tmp" beside its target: the leading dot and the suffix keep readers
/// (and a later run's listing) from mistaking it for an output, and the process id tells a temporary of a
/// running process from one a killed run left behind, which the next write of the same target deletes.
/// </remarks>
public static class TemporaryPaths
{
    private static readonly ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);
    private static volatile bool _interrupted;

    /// <summary>A new temporary path beside <paramref name="target"/> (a full path), registered until <see cref="Release"/>.</summary>
    public static string Beside(string target, string suffix = ".tmp")
    {
        if (_interrupted)
        {
            throw new OperationCanceledException("interrupted");
        }

        var folder = Path.GetDirectoryName(target)!;
        var name = Path.GetFileName(target.TrimEnd(Path.DirectorySeparatorChar));
        CleanStale(folder, name);
        var path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}{suffix}"));
        Pending[path] = 0;
        return path;
    }

    /// <summary>Forgets a temporary that was renamed into place or deleted.</summary>
    public static void Release(string path) => Pending.TryRemove(path, out _);

    /// <summary>Deletes every temporary of this process still pending (on Ctrl-C or SIGTERM), with SQLite's companions.</summary>
    public static void DeleteAllPending()
    {
        _interrupted = true;
        foreach (var path in Pending.Keys)
        {
            Delete(path);
            Release(path);
        }
    }

    /// <summary>Deletes a temporary file or folder and SQLite's journal files beside it, ignoring failures (the caller's error matters more).</summary>
    public static void Delete(string path)
    {
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            try
            {
                if (Directory.Exists(path + suffix))
                {
                    Directory.Delete(path + suffix, recursive: true);
                }
                else
                {
                    File.Delete(path + suffix);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A temporary that cannot be removed is cleaned by the next run; the original error is the one to report.
            }
        }
    }

    /// <summary>Deletes the temporaries of <paramref name="name"/> in <paramref name="folder"/> left by processes that no longer run.</summary>
    public static void CleanStale(string folder, string name)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFileSystemEntries(folder, $".{name}.*").ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var prefix = $".{name}.";
        foreach (var path in candidates)
        {
            var rest = Path.GetFileName(path)[prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot > 0 && int.TryParse(rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && pid != Environment.ProcessId && !IsRunning(pid)
                && (rest.Contains(".tmp", StringComparison.Ordinal) || rest.Contains(".old", StringComparison.Ordinal)))
            {
                Delete(path);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        if (OperatingSystem.IsLinux())
        {
            return Directory.Exists($"/proc/{pid}");
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
