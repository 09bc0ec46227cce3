namespace Boundaries.Data.Import.Manifest;

/// <summary>The CSV file of official units and which of its columns hold what.</summary>
public sealed record ManifestUnitList : ManifestPart
{
    /// <summary>The CSV file.</summary>
    public required string File { get; init; }

    /// <summary>The date the list is valid at (yyyy-MM-dd).</summary>
    public string? AsOf { get; init; }

    /// <summary>Where the list comes from.</summary>
    public string? Source { get; init; }

    /// <summary>Column names.</summary>
    public required ManifestUnitFields Fields { get; init; }
}
