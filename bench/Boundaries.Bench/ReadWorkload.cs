using Boundaries.Data.Import.GeoJson;

namespace Boundaries.Bench;

/// <summary>Parses a file and counts features and vertices: the reader's own cost.</summary>
internal static class ReadWorkload
{
    public static int Run(string input)
    {
        using var reader = StreamingGeoJsonReader.Open(input, DatasetLayout.ReadOptions);
        long vertices = 0;
        var features = 0;
        foreach (var feature in reader.ReadFeatures())
        {
            vertices += feature.Geometry?.NumPoints ?? 0;
            features++;
        }

        Console.WriteLine($"features={features} vertices={vertices}");
        return 0;
    }
}
