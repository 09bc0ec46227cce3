namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Every kind of bad input the corpus holds.</summary>
internal static class BadInputCatalogue
{
    public static IEnumerable<BadInput> All() =>
        GeoJsonKinds.All()
            .Concat(ShapefileKinds.All())
            .Concat(ProjectFileKinds.All())
            .Concat(DatasetKinds.All())
            .Concat(FileSystemKinds.All())
            .Concat(ScenarioKinds.All())
            .Concat(OutputKinds.All());
}
