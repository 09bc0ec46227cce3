namespace Boundaries.Testing;

/// <summary>Runs GDAL's real ogrinfo, the reader QGIS uses, read-only on a file we wrote.</summary>
public static class Ogrinfo
{
    /// <summary>Runs ogrinfo -ro FILE with the given arguments after the file; fails the test when ogrinfo is missing.</summary>
    public static ExternalTool.Result Run(string file, params string[] arguments) =>
        ExternalTool.Run("ogrinfo", "gdal-bin", ["-ro", file, .. arguments]);
}
