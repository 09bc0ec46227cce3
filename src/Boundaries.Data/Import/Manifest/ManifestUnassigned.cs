namespace Boundaries.Data.Import.Manifest;

/// <summary>A source polygon that belongs to no current unit, found by attribute values, kept as an unassigned area.</summary>
public sealed record ManifestUnassigned : ManifestPart
{
    /// <summary>The role of the layer it is in ("communes").</summary>
    public required string Layer { get; init; }

    /// <summary>Values the feature must have, by field: a layer field role ("name", "code") or an attribute name.</summary>
    public required IReadOnlyDictionary<string, string> Match { get; init; }

    /// <summary>The current unit it lies in.</summary>
    public string? ParentCode { get; init; }

    /// <summary>The current units it covers in whole or in part.</summary>
    public IReadOnlyList<string> Covers { get; init; } = [];

    /// <summary>What the polygon is and why it is not a unit.</summary>
    public required string Note { get; init; }
}
