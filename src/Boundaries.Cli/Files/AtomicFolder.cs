using System.Runtime.InteropServices;

namespace Boundaries.Cli.Files;

/// <summary>Writes an output folder as a whole: into a temporary folder beside it, then swapped into place, so a reader sees the old folder or the new one.</summary>
/// <remarks>
/// Files of an existing folder that this run does not write (a consultation report beside a dossier) are
/// copied into the new folder first. On Linux the swap is one renameat2(RENAME_EXCHANGE); elsewhere, or on a
/// file system without it, the old folder is renamed aside and the new one renamed in. Temporaries left by a
/// killed run are deleted by the next run (<see cref="TemporaryPaths"/>).
/// </remarks>
internal static class AtomicFolder
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Calls <paramref name="write"/> with an empty temporary folder and puts what it wrote at <paramref name="folder"/>.</summary>
    public static T Write<T>(string folder, string option, Func<string, T> write)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        string? temp = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            temp = TemporaryPaths.Beside(full);
            Directory.CreateDirectory(temp);
            var result = write(temp);
            if (Directory.Exists(full))
            {
                CarryOver(full, temp);
                Swap(temp, full);
            }
            else
            {
                Directory.Move(temp, full);
            }

            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new OutputException($"{option} {folder}: cannot write ({e.Message.TrimEnd('.')}); nothing was changed", e);
        }
        finally
        {
            if (temp is not null)
            {
                TemporaryPaths.Delete(temp);
                TemporaryPaths.Release(temp);
            }
        }
    }

    private static void CarryOver(string from, string to)
    {
        foreach (var entry in new DirectoryInfo(from).EnumerateFileSystemInfos())
        {
            var target = Path.Combine(to, entry.Name);
            if (entry.Name.StartsWith('.') && entry.Name.Contains(".tmp", StringComparison.Ordinal) || Path.Exists(target))
            {
                continue;
            }

            if (entry is DirectoryInfo dir)
            {
                Directory.CreateDirectory(target);
                CarryOver(dir.FullName, target);
            }
            else
            {
                File.Copy(entry.FullName, target);
            }
        }
    }

    // After the swap the temporary path holds the old folder, which the caller deletes.
    private static void Swap(string temp, string full)
    {
        if (OperatingSystem.IsLinux() && Native.RenameAt2(AtFdCwd, temp, AtFdCwd, full, RenameExchange) == 0)
        {
            return;
        }

        var old = TemporaryPaths.Beside(full, ".old");
        Directory.Move(full, old);
        Directory.Move(temp, full);
        Directory.Move(old, temp);
        TemporaryPaths.Release(old);
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
        public static extern int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
    }
}
