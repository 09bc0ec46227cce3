namespace Boundaries.Data;

/// <summary>Writes a file all-or-nothing: into a temporary file beside the target, then renamed over it.</summary>
/// <remarks>
/// The temporary file is in the target's folder because a rename is atomic only within one file system:
/// readers see the old file or the new one, never half of one. On any failure, including cancellation,
/// the temporary file (and any SQLite journal beside it) is deleted and the target is left as it was; a
/// temporary a killed run left is deleted by the next write of the same target (<see cref="TemporaryPaths"/>).
/// </remarks>
public static class AtomicFile
{
    /// <summary>Writes a stream all-or-nothing: <paramref name="write"/> fills a temporary file that is then renamed to <paramref name="target"/>.</summary>
    public static void Write(string target, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteAsync(
            target,
            (temp, _) =>
            {
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    write(stream);
                }

                return Task.CompletedTask;
            },
            CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Writes UTF-8 text (no BOM) all-or-nothing.</summary>
    public static void WriteText(string target, string text) =>
        Write(target, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
            writer.Write(text);
        });

    /// <summary>Calls <paramref name="write"/> with a temporary path, then moves that file to <paramref name="target"/>.</summary>
    public static async Task WriteAsync(string target, Func<string, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var fullTarget = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(fullTarget)!;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{target}: the folder {folder} does not exist.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var temp = TemporaryPaths.Beside(fullTarget);
        try
        {
            await write(temp, cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, fullTarget, overwrite: true);
        }
        catch
        {
            TemporaryPaths.Delete(temp);
            throw;
        }
        finally
        {
            TemporaryPaths.Release(temp);
        }
    }
}
