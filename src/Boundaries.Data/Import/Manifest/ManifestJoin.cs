namespace Boundaries.Data.Import.Manifest;

/// <summary>A CSV table joined to units by code, giving any of: population, official area, region class, special factors.</summary>
public sealed record ManifestJoin : ManifestPart
{
    /// <summary>The CSV file.</summary>
    public required string File { get; init; }

    /// <summary>Column with the unit code.</summary>
    public required string Key { get; init; }

    /// <summary>Column with the number of people.</summary>
    public string? Population { get; init; }

    /// <summary>The year the population refers to (required with <see cref="Population"/>).</summary>
    public int? Year { get; init; }

    /// <summary>Where the figures come from (required with <see cref="Population"/> and <see cref="OfficialArea"/>).</summary>
    public string? Source { get; init; }

    /// <summary>Column with the official natural area in km².</summary>
    public string? OfficialArea { get; init; }

    /// <summary>The year of the official area, when it differs from <see cref="Year"/>.</summary>
    public int? AreaYear { get; init; }

    /// <summary>The source of the official area, when it differs from <see cref="Source"/>.</summary>
    public string? AreaSource { get; init; }

    /// <summary>Column with a population stated by an authority (kept beside the census figure); its year is <see cref="Year"/> when given, else unknown.</summary>
    public string? OfficialPopulation { get; init; }

    /// <summary>The source of the official population, when it differs from <see cref="Source"/>.</summary>
    public string? PopulationSource { get; init; }

    /// <summary>Column with the region class ("mien-nui-vung-cao" or "other", Vietnamese accepted).</summary>
    public string? Region { get; init; }

    /// <summary>Columns of a special-factor table (several rows per unit allowed).</summary>
    public ManifestFactorFields? SpecialFactors { get; init; }
}
