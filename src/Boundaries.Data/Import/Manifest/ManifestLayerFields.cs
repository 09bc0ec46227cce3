namespace Boundaries.Data.Import.Manifest;

/// <summary>Attribute names of a polygon layer.</summary>
public sealed record ManifestLayerFields : ManifestPart
{
    /// <summary>Attribute with the unit code the polygon belongs to.</summary>
    public required string Code { get; init; }

    /// <summary>Attribute with the name, used in messages and to match unassigned polygons.</summary>
    public string? Name { get; init; }

    /// <summary>Attribute with the unit type.</summary>
    public string? Type { get; init; }

    /// <summary>Attribute with the parent code.</summary>
    public string? Parent { get; init; }
}
