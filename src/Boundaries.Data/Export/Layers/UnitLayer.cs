using System.Globalization;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Scenarios.Results;

namespace Boundaries.Data.Export.Layers;

/// <summary>The units of one level (or all) as a GIS layer: fields and one row per unit, with its status when evaluated.</summary>
/// <param name="Name">The layer (table) name: communes, districts, provinces or units.</param>
/// <param name="Fields">The attributes in order.</param>
/// <param name="Rows">One row per unit, in the map's order.</param>
public sealed record UnitLayer(string Name, IReadOnlyList<LayerField> Fields, IReadOnlyList<UnitLayerRow> Rows)
{
    /// <summary>Builds the layer of <paramref name="level"/> (null for every level) from a map and, optionally, its evaluation and the scenario that produced it.</summary>
    /// <remarks>With an evaluation, area and population are the figures the evaluation used (official area when recorded); without, the polygon's geodesic area.</remarks>
    public static UnitLayer Of(AdminMap map, UnitLevel? level, MapEvaluation? evaluation = null, ScenarioResult? scenario = null)
    {
        ArgumentNullException.ThrowIfNull(map);
        IReadOnlyList<LayerField> fields = [.. LayerFields.Base, .. evaluation is null ? [] : LayerFields.Evaluation, .. scenario is null ? [] : LayerFields.Scenario];
        var assessments = evaluation?.Assessments.ToDictionary(a => a.Code);
        var changes = scenario?.Changes.Where(c => c.After is not null).ToDictionary(c => c.After!.Code, c => string.Join(", ", c.What));
        var rows = new List<UnitLayerRow>();
        foreach (var unit in level is { } l ? map.AtLevel(l) : map.Units)
        {
            var assessment = assessments?.GetValueOrDefault(unit.Code);
            var parent = map.ParentOf(unit);
            var area = assessment?.Area.Km2 ?? map.AreaKm2Of(unit);
            var areaSource = assessment?.Area.Source ?? (unit.GeodesicAreaKm2 is null ? "sum of the communes (WGS 84 ellipsoid)" : "geodesic area of the polygon (WGS 84 ellipsoid)");
            var population = assessment?.Population.Value ?? map.PopulationOf(unit);
            var year = assessment?.Population.Year ?? unit.Population?.Year;
            var values = new List<object?>
            {
                unit.Code.Value, unit.FullName, unit.Type.Slug(), unit.Type.VietnameseName(), unit.Level.ToString().ToLowerInvariant(),
                unit.ParentCode?.Value, parent?.FullName, Round(area, 4), area is null ? null : areaSource, population, year is { } y ? (long)y : null,
            };
            if (evaluation is not null)
            {
                var status = assessment is null ? ComplianceStatus.InsufficientData : ComplianceStatuses.Of(assessment);
                values.AddRange(
                [
                    Round(assessment?.AreaPercent, 2), Round(assessment?.PopulationPercent, 2), status.Slug(), status.VietnameseName(),
                    assessment?.MustArrange, assessment?.Rule is { Length: > 0 } r ? r : null, evaluation.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ]);
            }

            if (scenario is not null)
            {
                values.Add(changes!.GetValueOrDefault(unit.Code));
            }

            rows.Add(new UnitLayerRow(unit.Geometry, values));
        }

        var name = level switch { UnitLevel.Commune => "communes", UnitLevel.District => "districts", UnitLevel.Province => "provinces", _ => "units" };
        return new UnitLayer(name, fields, rows);
    }

    private static double? Round(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
