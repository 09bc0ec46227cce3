using NetTopologySuite.Geometries;

namespace Boundaries.Data.Import.Layers;

/// <summary>One feature as read from a file, before its CRS is resolved: geometry in the file's own coordinates and attributes as text.</summary>
/// <param name="Index">Zero-based position of the feature (record) in its file.</param>
/// <param name="Geometry">The geometry in the file's coordinates, or null when the record has none.</param>
/// <param name="Attributes">Attribute values as text, keyed by field name (case-insensitive).</param>
internal sealed record SourceFeature(int Index, Geometry? Geometry, IReadOnlyDictionary<string, string?> Attributes)
{
    /// <summary>The value of a field, trimmed; null when the field is absent or empty.</summary>
    public string? Text(string? field) =>
        field is not null && Attributes.TryGetValue(field, out var v) && v?.Trim() is { Length: > 0 } t ? t : null;
}
