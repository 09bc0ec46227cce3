using System.Diagnostics;

namespace Boundaries.Cli.Tests.TestSupport;

/// <summary>A folder nobody can write to: by permissions for a normal user, by a read-only tmpfs mount for root (who ignores permissions).</summary>
/// <remarks>Unix only, as every test that needs signals, FIFOs or mounts.</remarks>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFolder : IDisposable
{
    private readonly bool _mounted;

    private ReadOnlyFolder(string path, bool mounted)
    {
        Path = path;
        _mounted = mounted;
    }

    public string Path { get; }

    /// <summary>The folder, or null when this machine offers no way to make one.</summary>
    public static ReadOnlyFolder? Create(string path)
    {
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        if (!CanWrite(path))
        {
            return new ReadOnlyFolder(path, mounted: false);
        }

        if (Run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", path) && !CanWrite(path))
        {
            return new ReadOnlyFolder(path, mounted: true);
        }

        return null;
    }

    public void Dispose()
    {
        if (_mounted)
        {
            Run("umount", Path);
        }

        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            File.WriteAllText(System.IO.Path.Combine(folder, ".probe"), "");
            File.Delete(System.IO.Path.Combine(folder, ".probe"));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Run(string tool, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(tool, args) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
