using Boundaries.Data.Import.GeoJson;

namespace Boundaries.Bench;

/// <summary>Parses a file and counts features and vertices: the reader's own cost.</summary>
internal static class ReadWorkload
{
    public static int Run(string input)
    {
        long vertices = 0;
        var features = 0;
        GeoJsonLayerReader.ReadEach(input, DatasetLayout.ReadOptions, feature =>
        {
            vertices += feature.Geometry?.NumPoints ?? 0;
            features++;
        });

        Console.WriteLine($"features={features} vertices={vertices}");
        return 0;
    }
}
