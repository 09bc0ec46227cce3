using Boundaries.Data.Import.Layers;

namespace Boundaries.Data.Import.Building;

/// <summary>Makes units out of the features of a single file, using the field mapping: one unit per feature with a code and a type.</summary>
internal static class FeatureUnits
{
    /// <summary>The units, in feature order; features without code or type are reported and left out.</summary>
    public static UnitTable Build(PlacedLayer layer, FieldMapping fields, List<DataIssue> issues)
    {
        var units = new UnitTable();
        var firstFeatureOf = new Dictionary<UnitCode, (int Index, string? Name)>();
        foreach (var feature in layer.Features)
        {
            var rawCode = feature.Text(fields.Code);
            var fullName = feature.Text(fields.Name);
            if (GsoCodes.Normalise(rawCode) is not { } provisional)
            {
                issues.Add(Issue(IssueSeverity.Error, "missing-code", layer, feature, null, $"feature '{fullName}' has no code (field {fields.Code} is empty)"));
                continue;
            }

            var rawType = feature.Text(fields.Type);
            if (!UnitNames.TypeOf(rawType, fullName, provisional.Value.Length, out var type))
            {
                issues.Add(Issue(IssueSeverity.Error, "unknown-type", layer, feature, provisional,
                    rawType is null
                        ? $"feature '{fullName}' has no type field and its name has no type prefix (name the type field with --type-field FIELD)"
                        : $"feature '{fullName}' has type '{rawType}', which is not a Vietnamese unit type"));
                continue;
            }

            var code = GsoCodes.Normalise(rawCode, type.LevelOf())!.Value;
            if (!OfficialCodes.Matches(code.Value, type.LevelOf()))
            {
                issues.Add(Issue(IssueSeverity.Error, "malformed-code", layer, feature, null,
                    $"feature '{fullName}' has code '{Shorten(rawCode!)}', which is not {OfficialCodes.Describe(type.LevelOf())}"));
                continue;
            }

            if (!firstFeatureOf.TryAdd(code, (feature.Index, fullName)))
            {
                var first = firstFeatureOf[code];
                issues.Add(Issue(IssueSeverity.Error, "duplicate-code", layer, feature, code,
                    $"features {first.Index} ('{first.Name}') and {feature.Index} ('{fullName}') both have code {code}"));
                continue;
            }

            var parentLevel = type.LevelOf() == UnitLevel.Province ? (UnitLevel?)null : type.LevelOf() - 1;
            units.TryAdd(new AdminUnit
            {
                Code = code,
                Name = fullName is null ? code.Value : UnitNames.WithoutType(fullName, type),
                Type = type,
                ParentCode = parentLevel is { } pl ? GsoCodes.Normalise(feature.Text(fields.Parent), pl) : null,
                Geometry = feature.Geometry,
                GeometryNote = feature.Geometry is null ? $"Feature {feature.Index} of {Path.GetFileName(layer.File)} has no polygon." : null,
            });
        }

        return units;
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..24] + "…";

    private static DataIssue Issue(IssueSeverity severity, string kind, PlacedLayer layer, SourceFeature feature, UnitCode? code, string message) =>
        new(severity, kind, message)
        {
            File = layer.File,
            FeatureIndex = feature.Index,
            Code = code,
            Location = feature.Geometry?.EnvelopeInternal.Centre,
        };
}
