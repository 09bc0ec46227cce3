namespace Boundaries.Data.Import.Manifest;

/// <summary>Columns of a table of special factors: one row per factor of a unit.</summary>
public sealed record ManifestFactorFields : ManifestPart
{
    /// <summary>Column with the factor key from the standards catalogue ("coastal-disadvantaged").</summary>
    public required string Kind { get; init; }

    /// <summary>Column with the reason.</summary>
    public required string Reason { get; init; }

    /// <summary>Column with the decision or publication; the join's source is used when the column is absent or empty.</summary>
    public string? Source { get; init; }

    /// <summary>Column with a number the rule needs (a percentage).</summary>
    public string? Value { get; init; }
}
