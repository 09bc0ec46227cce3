namespace Boundaries.Data.Export.Layers;

/// <summary>Puts a newly written Shapefile's parts in place of an old one's, so that a failure leaves the old parts, never a mix.</summary>
/// <remarks>
/// No file system replaces five files in one step. The old parts are first copied aside (readers still see them whole), then
/// each new part is renamed over its old one (each rename is atomic); if a rename fails, the parts already replaced are put
/// back from the copies. The old Shapefile's spatial index (.qix, .sbn, .sbx), which would describe the old shapes, is removed
/// last. Only a crash of the machine or a SIGKILL during the renames themselves (microseconds) can leave old and new parts
/// together; the next export to the same file writes a whole set again.
/// </remarks>
internal static class ShapefileParts
{
    private static readonly string[] StaleIndexes = [".qix", ".sbn", ".sbx"];

    /// <summary>Replaces the parts of <paramref name="targetShp"/> with those of <paramref name="newShp"/>, keeping copies of the old ones in <paramref name="backupFolder"/> until all are in place.</summary>
    public static void Replace(string targetShp, string newShp, string backupFolder)
    {
        Directory.CreateDirectory(backupFolder);
        var backups = new List<(string Target, string Copy)>();
        foreach (var extension in ShapefileLayerWriter.Extensions.Concat(StaleIndexes))
        {
            var target = Path.ChangeExtension(targetShp, extension);
            if (File.Exists(target))
            {
                var copy = Path.Combine(backupFolder, Path.GetFileName(target));
                File.Copy(target, copy);
                backups.Add((target, copy));
            }
        }

        var replaced = new List<string>();
        try
        {
            foreach (var extension in ShapefileLayerWriter.Extensions)
            {
                var target = Path.ChangeExtension(targetShp, extension);
                File.Move(Path.ChangeExtension(newShp, extension), target, overwrite: true);
                replaced.Add(target);
            }
        }
        catch
        {
            foreach (var target in replaced.Where(t => !backups.Any(b => b.Target == t)))
            {
                File.Delete(target);
            }

            foreach (var (target, copy) in backups.Where(b => replaced.Contains(b.Target)))
            {
                File.Move(copy, target, overwrite: true);
            }

            throw;
        }

        foreach (var extension in StaleIndexes)
        {
            File.Delete(Path.ChangeExtension(targetShp, extension));
        }
    }
}
