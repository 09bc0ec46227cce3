using System.Security.Cryptography;
using System.Text;
using Boundaries.Data.Import.Layers;

namespace Boundaries.Data.Import.Validation;

/// <summary>
/// Keeps the polygon files that were read, placed in lon/lat and found wholly valid, so that a planner who evaluates the
/// same data again is not made to wait for the same parse and check: a record is named by the SHA-256 of the file's
/// bytes, the declared CRS, layer and encoding, and the build of the reading code, so a changed file or a changed
/// reader reads and checks again.
/// </summary>
/// <remarks>
/// Only a layer without any problem is kept (no issue when read or placed, every feature polygonal and valid); a layer
/// with a problem is read and reported every time. A record that cannot be read or written is not an error: the file
/// is then read as usual. The folder is kept under <see cref="MaxBytes"/> by removing the oldest records.
/// </remarks>
/// <param name="folder">Where the records are kept.</param>
public sealed class CheckedLayers(string folder)
{
    /// <summary>The most the records may take together.</summary>
    public const long MaxBytes = 1L << 30;

    private const string Extension = ".layer";
    private static readonly string ReaderVersion = typeof(CheckedLayers).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The folder of the records.</summary>
    public string Folder { get; } = folder;

    /// <summary>The record's name for a file read with the given choices.</summary>
    public static string KeyOf(string file, string? crs, string? layer, string? encoding = null)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var content = SHA256.HashData(stream);
        var choices = SHA256.HashData(Encoding.UTF8.GetBytes($"{crs}\n{layer}\n{encoding}\n{ReaderVersion}"));
        return Convert.ToHexStringLower(content) + "-" + Convert.ToHexStringLower(choices)[..16];
    }

    /// <summary>True when a record of this exact file is kept (whether it still reads is found out by using it).</summary>
    public bool Has(string key) => File.Exists(Path.Combine(Folder, key + Extension));

    /// <summary>The layer as it was kept, named <paramref name="file"/>; null when there is no readable record.</summary>
    internal PlacedLayer? Find(string key, string file)
    {
        try
        {
            using var stream = new FileStream(Path.Combine(Folder, key + Extension), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return PlacedLayerFile.Read(stream, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
        {
            return null;
        }
    }

    /// <summary>Keeps a layer that was read and found wholly valid.</summary>
    internal void Keep(string key, PlacedLayer layer)
    {
        try
        {
            Directory.CreateDirectory(Folder);
            var temp = Path.Combine(Folder, $".{key}.{Environment.ProcessId}.tmp");
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                PlacedLayerFile.Write(stream, layer);
            }

            File.Move(temp, Path.Combine(Folder, key + Extension), overwrite: true);
            Trim();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A record that cannot be written only costs the next run the read and the check.
        }
    }

    private void Trim()
    {
        var records = new DirectoryInfo(Folder).GetFiles("*" + Extension).OrderByDescending(f => f.LastWriteTimeUtc).ToList();
        var total = 0L;
        foreach (var record in records)
        {
            total += record.Length;
            if (total > MaxBytes)
            {
                record.Delete();
            }
        }
    }
}
