namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Every kind of bad input the corpus holds.</summary>
internal static class BadInputCatalogue
{
    public static IEnumerable<BadInput> All() =>
        GeoJsonKinds.All();
}
