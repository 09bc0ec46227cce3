using Boundaries.Core.Geodesy;
using Boundaries.Data.Import.Layers;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace Boundaries.Data.Import.Validation;

/// <summary>Checks every polygon of a layer (OGC validity), reports each invalid one with its place, and repairs it only when asked.</summary>
internal static class GeometryCheck
{
    /// <summary>The layer with non-polygonal geometries dropped and, when <paramref name="fix"/> is set, invalid polygons repaired.</summary>
    public static PlacedLayer Run(PlacedLayer layer, bool fix, Func<SourceFeature, UnitCode?> codeOf, List<DataIssue> issues, List<GeometryRepair> repairs)
    {
        var features = layer.Features;
        var outcomes = new FeatureCheck[features.Count];
        Parallel.For(0, features.Count, i => outcomes[i] = Check(features[i], fix));

        var result = new List<SourceFeature>(features.Count);
        for (var i = 0; i < features.Count; i++)
        {
            var feature = features[i];
            var outcome = outcomes[i];
            var code = codeOf(feature);
            if (outcome.Problem is { } problem)
            {
                issues.Add(Issue(layer.File, feature, code, outcome, problem, fix));
            }

            if (outcome.Repaired is not null)
            {
                repairs.Add(new GeometryRepair(layer.File, feature.Index, code, outcome.Problem!, outcome.Location, outcome.AreaBeforeKm2, outcome.AreaAfterKm2));
            }

            result.Add(outcome.Geometry == feature.Geometry ? feature : feature with { Geometry = outcome.Geometry });
        }

        return layer with { Features = result };
    }

    private static FeatureCheck Check(SourceFeature feature, bool fix)
    {
        if (feature.Geometry is not { } geometry)
        {
            return new FeatureCheck(null, null, null, null);
        }

        if (geometry is not (Polygon or MultiPolygon))
        {
            return new FeatureCheck(null, $"not a polygon but a {geometry.GeometryType}; the geometry is ignored", geometry.Coordinate, null) { NotPolygonal = true };
        }

        var validity = new IsValidOp(geometry);
        if (validity.IsValid)
        {
            return new FeatureCheck(geometry, null, null, null);
        }

        var error = validity.ValidationError;
        if (!fix)
        {
            return new FeatureCheck(geometry, error.Message, error.Coordinate, null);
        }

        var repaired = Polygonal(GeometryFixer.Fix(geometry), geometry.Factory);
        return new FeatureCheck(repaired, error.Message, error.Coordinate, repaired)
        {
            AreaBeforeKm2 = EllipsoidalMeasure.AreaKm2(geometry),
            AreaAfterKm2 = EllipsoidalMeasure.AreaKm2(repaired),
        };
    }

    // GeometryFixer may return a collection holding collapsed lines or points; only the polygonal part is an area.
    private static Geometry Polygonal(Geometry fixedGeometry, GeometryFactory factory)
    {
        if (fixedGeometry is Polygon or MultiPolygon)
        {
            return fixedGeometry;
        }

        var polygons = PolygonExtracter.GetPolygons(fixedGeometry).Cast<Polygon>().ToArray();
        return polygons.Length == 1 ? polygons[0] : factory.CreateMultiPolygon(polygons);
    }

    private static DataIssue Issue(string file, SourceFeature feature, UnitCode? code, FeatureCheck outcome, string problem, bool fix)
    {
        if (outcome.NotPolygonal)
        {
            return new DataIssue(IssueSeverity.Error, "not-polygonal", problem) { File = file, FeatureIndex = feature.Index, Code = code, Location = outcome.Location };
        }

        return fix
            ? new DataIssue(IssueSeverity.Warning, "geometry-repaired",
                FormattableString.Invariant($"invalid polygon ({problem}) repaired: {outcome.AreaBeforeKm2:0.######} km² before, {outcome.AreaAfterKm2:0.######} km² after"))
            {
                File = file, FeatureIndex = feature.Index, Code = code, Location = outcome.Location,
                Magnitude = Math.Abs(outcome.AreaAfterKm2 - outcome.AreaBeforeKm2) * 1e6,
            }
            : new DataIssue(IssueSeverity.Error, "invalid-geometry",
                $"invalid polygon: {problem}; kept as given (its area is unreliable) — import with FixGeometry (--fix-geometry) to repair it")
            {
                File = file, FeatureIndex = feature.Index, Code = code, Location = outcome.Location,
            };
    }
}
