using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;
using Boundaries.Data.Export.Layers;
using Boundaries.Data.Import;
using Boundaries.Data.Projects;
using Boundaries.Data.Standards;
using Boundaries.Data.Tests.Standards;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Export.Layers;

/// <summary>The real Trà Vinh project through the project builder, evaluated as of the seed report, as the communes layer an export writes.</summary>
internal static class TraVinhLayers
{
    private static readonly Lazy<AdminMap> LazyMap = new(() =>
        ProjectBuilder.Build(RepoPaths.TraVinh, ImportOptions.Default, StandardsCatalogueLoader.Load(StandardsTestPaths.Catalogue)).Project.Map);

    private static readonly Lazy<UnitLayer> LazyCommunes = new(() =>
        UnitLayer.Of(Map, UnitLevel.Commune, StandardsEvaluator.Evaluate(Map, StandardsCatalogueLoader.Load(StandardsTestPaths.Catalogue), new EvaluationOptions(new DateOnly(2023, 6, 13)))));

    public static AdminMap Map => LazyMap.Value;

    /// <summary>The 106 communes with their status on 13/06/2023.</summary>
    public static UnitLayer Communes => LazyCommunes.Value;
}
