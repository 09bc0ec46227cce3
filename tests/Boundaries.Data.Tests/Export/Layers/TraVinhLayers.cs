using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;
using Boundaries.Data.Export.Layers;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Export.Layers;

/// <summary>The shared Trà Vinh project (the real importer), evaluated as of the seed report, as the communes layer an export writes.</summary>
internal static class TraVinhLayers
{
    private static readonly Lazy<UnitLayer> LazyCommunes = new(() =>
        UnitLayer.Of(Map, UnitLevel.Commune, StandardsEvaluator.Evaluate(Map, TraVinhData.Catalogue, new EvaluationOptions(new DateOnly(2023, 6, 13)))));

    public static AdminMap Map => TraVinhData.Map;

    /// <summary>The 106 communes with their status on 13/06/2023.</summary>
    public static UnitLayer Communes => LazyCommunes.Value;
}
