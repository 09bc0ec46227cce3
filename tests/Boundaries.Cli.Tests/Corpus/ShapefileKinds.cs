using System.Buffers.Binary;

namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Broken Shapefiles, each made from the TP Trà Vinh fixture (VN-2000 TM-3, UTF-8 with .cpg) by changing a few bytes.</summary>
internal static class ShapefileKinds
{
    private const string Fixture = "tp-tra-vinh_communes_vn2000_tm3_105-30";

    public static IEnumerable<BadInput> All()
    {
        yield return Shp("shp-truncated-to-half", "truncated", (ws, shp) => File.WriteAllBytes(shp, File.ReadAllBytes(shp)[..(int)(new FileInfo(shp).Length / 2)]));
        yield return Shp("shp-first-record-claims-two-gigabytes", "claims", (ws, shp) => Patch(shp, 104, b => BinaryPrimitives.WriteInt32BigEndian(b, 0x3FFF_FFF0)));
        yield return Shp("shp-negative-record-length", "claims", (ws, shp) => Patch(shp, 104, b => BinaryPrimitives.WriteInt32BigEndian(b, -8)));
        yield return Shp("shp-polygon-claims-two-billion-points", "vertices", (ws, shp) => Patch(shp, 108 + 40, b => BinaryPrimitives.WriteInt32LittleEndian(b, 2_000_000_000)));
        yield return Shp("shp-header-only", "truncated", (ws, shp) => File.WriteAllBytes(shp, File.ReadAllBytes(shp)[..100]));
        yield return Shp("shp-random-bytes", "not a shapefile", (ws, shp) => File.WriteAllBytes(shp, Enumerable.Range(0, 5000).Select(i => (byte)(i * 37 % 251)).ToArray()));
        yield return Shp("shp-zero-bytes", "not a shapefile", (ws, shp) => File.WriteAllBytes(shp, []));
        yield return Shp("shp-without-dbf", ".dbf", (ws, shp) => File.Delete(Path.ChangeExtension(shp, ".dbf")));
        yield return Shp("shp-without-prj", ".prj", (ws, shp) => File.Delete(Path.ChangeExtension(shp, ".prj")));
        yield return Shp("shp-cpg-names-unknown-code-page", "unknown code page", (ws, shp) => File.WriteAllText(Path.ChangeExtension(shp, ".cpg"), "KLINGON-9"), ".cpg");
        yield return Shp("shp-dbf-truncated", "", (ws, shp) => { var dbf = Path.ChangeExtension(shp, ".dbf"); File.WriteAllBytes(dbf, File.ReadAllBytes(dbf)[..40]); });
        yield return Shp("shp-dbf-is-a-fifo", "device, FIFO or socket", (ws, shp) =>
        {
            File.Delete(Path.ChangeExtension(shp, ".dbf"));
            FileSystemKinds.Fifo(ws, Path.GetFileName(Path.ChangeExtension(shp, ".dbf")));
        }, ".dbf");
        yield return Shp("shp-prj-is-garbage", "", (ws, shp) => File.WriteAllText(Path.ChangeExtension(shp, ".prj"), "GEOGCS[broken"));
    }

    private static BadInput Shp(string kind, string problem, Action<Workspace, string> breakIt, string? named = null) =>
        new(kind, 2, problem, ws =>
        {
            foreach (var ext in new[] { ".shp", ".shx", ".dbf", ".prj", ".cpg" })
            {
                File.Copy(RepoPaths.Fixture("import", Fixture + ext), ws.File(kind + ext));
            }

            var shp = ws.File(kind + ".shp");
            breakIt(ws, shp);
            return ws.ProjectCommands(shp, kind + (named ?? ""));
        });

    private static void Patch(string file, int offset, Action<byte[]> write)
    {
        var bytes = File.ReadAllBytes(file);
        var four = new byte[4];
        write(four);
        four.CopyTo(bytes, offset);
        File.WriteAllBytes(file, bytes);
    }
}
