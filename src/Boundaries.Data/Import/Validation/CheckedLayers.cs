using System.Security.Cryptography;
using System.Text;

namespace Boundaries.Data.Import.Validation;

/// <summary>
/// Remembers which polygon files were found wholly valid, so that a planner who evaluates the same data again is not
/// made to wait for the same check: the record is named by the SHA-256 of the file's bytes, the declared CRS and
/// layer, and the build of the checking code, so a changed file or a changed check is checked again.
/// </summary>
/// <remarks>
/// Only a layer whose every feature is polygonal and valid is recorded; a layer with a problem is checked (and reported)
/// every time. Failing to read or write a record is not an error: the check then simply runs.
/// </remarks>
/// <param name="folder">Where the records are kept (one empty file per checked layer).</param>
public sealed class CheckedLayers(string folder)
{
    private static readonly string CheckVersion = typeof(CheckedLayers).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The folder of the records.</summary>
    public string Folder { get; } = folder;

    /// <summary>The record's name for a file read with the given CRS and layer choices.</summary>
    public static string KeyOf(string file, string? crs, string? layer)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var content = SHA256.HashData(stream);
        var choices = SHA256.HashData(Encoding.UTF8.GetBytes($"{crs}\n{layer}\n{CheckVersion}"));
        return Convert.ToHexStringLower(content) + "-" + Convert.ToHexStringLower(choices)[..16];
    }

    /// <summary>True when this exact file was found wholly valid before.</summary>
    public bool WasValid(string key)
    {
        try
        {
            return File.Exists(Path.Combine(Folder, key));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records that the file was found wholly valid.</summary>
    public void RecordValid(string key)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var temp = Path.Combine(Folder, $".{key}.{Environment.ProcessId}.tmp");
            File.WriteAllBytes(temp, []);
            File.Move(temp, Path.Combine(Folder, key), overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only costs the next run the check.
        }
    }
}
