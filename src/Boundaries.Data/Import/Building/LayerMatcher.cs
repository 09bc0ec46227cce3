using Boundaries.Data.Import.Layers;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.Building;

/// <summary>Gives each unit of a level the polygon whose code attribute names it, and keeps the polygons the manifest calls unassigned.</summary>
internal sealed class LayerMatcher
{
    private readonly PlacedLayer _layer;
    private readonly ManifestLayer _entry;
    private readonly UnitTable _units;
    private readonly List<DataIssue> _issues;
    private readonly UnitLevel _level;

    private LayerMatcher(PlacedLayer layer, ManifestLayer entry, UnitTable units, List<DataIssue> issues)
    {
        _layer = layer;
        _entry = entry;
        _units = units;
        _issues = issues;
        _level = LayerRole.LevelOf(entry.Role);
    }

    /// <summary>Assigns the layer's polygons to units; returns the unassigned areas found and the codes that received a polygon.</summary>
    public static (IReadOnlyList<UnassignedArea> Unassigned, IReadOnlySet<UnitCode> Matched) Match(
        PlacedLayer layer, ManifestLayer entry, IReadOnlyList<ManifestUnassigned> unassigned, UnitTable units, List<DataIssue> issues) =>
        new LayerMatcher(layer, entry, units, issues).Run(unassigned.Where(u => u.Layer == entry.Role).ToList());

    /// <summary>The code a feature's attribute names, normalised, or null.</summary>
    public static UnitCode? CodeOf(SourceFeature feature, ManifestLayer entry, UnitTable units) =>
        feature.Text(entry.Fields.Code) is { } raw ? GsoCodes.Find(raw, units.Contains) : null;

    private (IReadOnlyList<UnassignedArea>, IReadOnlySet<UnitCode>) Run(List<ManifestUnassigned> unassigned)
    {
        // A code field that no feature has is a mistake in the mapping, not a layer of polygons without codes.
        if (_layer.Features.Count > 0 && !_layer.Features.Any(f => f.Attributes.ContainsKey(_entry.Fields.Code)))
        {
            throw new InputDataException(_layer.File,
                $"no feature has the field '{_entry.Fields.Code}' that dataset.json names as the code; its fields are {string.Join(", ", _layer.Features[0].Attributes.Keys)}");
        }

        var areas = new List<UnassignedArea>();
        var matchedEntries = new HashSet<ManifestUnassigned>();
        var firstFeatureOf = new Dictionary<UnitCode, int>();
        foreach (var feature in _layer.Features)
        {
            var name = feature.Text(_entry.Fields.Name);
            if (unassigned.FirstOrDefault(u => Matches(feature, u)) is { } entry)
            {
                matchedEntries.Add(entry);
                if (feature.Geometry is { } g)
                {
                    areas.Add(Unassigned(feature, name, g, entry));
                }

                continue;
            }

            if (CodeOf(feature, _entry, _units) is not { } code)
            {
                _issues.Add(Issue(IssueSeverity.Warning, "missing-code", feature, null,
                    $"polygon '{name}' has no {_entry.Fields.Code}; it belongs to no unit and is left out"));
                continue;
            }

            Assign(feature, code, name, firstFeatureOf);
        }

        foreach (var entry in unassigned.Where(u => !matchedEntries.Contains(u)))
        {
            _issues.Add(new DataIssue(IssueSeverity.Warning, "unassigned-not-found",
                $"no feature matches the unassigned entry {string.Join(", ", entry.Match.Select(m => $"{m.Key}='{m.Value}'"))}")
            {
                File = _layer.File,
            });
        }

        return (areas, firstFeatureOf.Keys.ToHashSet());
    }

    private void Assign(SourceFeature feature, UnitCode code, string? name, Dictionary<UnitCode, int> firstFeatureOf)
    {
        if (_units.Find(code) is not { } unit)
        {
            _issues.Add(Issue(IssueSeverity.Warning, "unknown-code", feature, code,
                $"polygon '{name}' has code {code}, which is not in the unit list; it is left out"));
            return;
        }

        if (unit.Level != _level)
        {
            _issues.Add(Issue(IssueSeverity.Warning, "unexpected-level", feature, code,
                $"polygon '{name}' has the code of {unit.FullName}, a {unit.Level} unit, in a {_entry.Role} layer; it is left out"));
            return;
        }

        if (!firstFeatureOf.TryAdd(code, feature.Index))
        {
            _issues.Add(Issue(IssueSeverity.Warning, "duplicate-code", feature, code,
                $"polygon '{name}' has code {code} like feature {firstFeatureOf[code]}; the first is kept"));
            return;
        }

        if (feature.Geometry is null)
        {
            return;
        }

        if (name is not null && UnitTypes.Fold(name) is var folded && folded != UnitTypes.Fold(unit.FullName) && folded != UnitTypes.Fold(unit.Name))
        {
            _issues.Add(Issue(IssueSeverity.Info, "name-differs", feature, code,
                $"polygon '{name}' is matched by code to {unit.FullName}"));
        }

        _units.Replace(unit with { Geometry = feature.Geometry });
    }

    private bool Matches(SourceFeature feature, ManifestUnassigned entry) =>
        entry.Match.All(m => feature.Text(FieldFor(m.Key)) is { } value
            && string.Equals(value.Normalize(), m.Value.Normalize(), StringComparison.OrdinalIgnoreCase));

    private string FieldFor(string key) => key switch
    {
        "code" => _entry.Fields.Code,
        "name" => _entry.Fields.Name ?? key,
        "type" => _entry.Fields.Type ?? key,
        "parent" => _entry.Fields.Parent ?? key,
        _ => key,
    };

    private UnassignedArea Unassigned(SourceFeature feature, string? name, Geometry geometry, ManifestUnassigned entry)
    {
        var parent = GsoCodes.Normalise(entry.ParentCode, UnitLevel.District);
        if (parent is { } p && !_units.Contains(p))
        {
            _issues.Add(Issue(IssueSeverity.Warning, "unknown-parent", feature, p, $"unassigned polygon '{name}' names parent {p}, which is not in the unit list"));
        }

        var covers = entry.Covers.Select(c => GsoCodes.Normalise(c, UnitLevel.Commune)!.Value).ToList();
        foreach (var missing in covers.Where(c => !_units.Contains(c)))
        {
            _issues.Add(Issue(IssueSeverity.Warning, "unknown-code", feature, missing, $"unassigned polygon '{name}' covers {missing}, which is not in the unit list"));
        }

        _issues.Add(Issue(IssueSeverity.Info, "unassigned-area", feature, parent,
            $"polygon '{name}' kept as an unassigned area: {entry.Note}"));
        return new UnassignedArea(name ?? $"feature {feature.Index}", parent, geometry, entry.Note, covers);
    }

    private DataIssue Issue(IssueSeverity severity, string kind, SourceFeature feature, UnitCode? code, string message) =>
        new(severity, kind, message)
        {
            File = _layer.File,
            FeatureIndex = feature.Index,
            Code = code,
            Location = feature.Geometry?.EnvelopeInternal.Centre,
        };
}
