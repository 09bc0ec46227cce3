namespace Boundaries.Data.Import.Manifest;

/// <summary>The table from the codes before the dataset's baseline to its codes (old_code, old_name, old_province_name, new_code, new_name, new_province_code, type = full | partial).</summary>
public sealed record ManifestCrosswalk : ManifestPart
{
    /// <summary>The CSV file (may be .csv.gz).</summary>
    public required string File { get; init; }

    /// <summary>Where the table comes from.</summary>
    public required string Source { get; init; }
}
