using Boundaries.Core.Scenarios;

namespace Boundaries.Data.Store;

/// <summary>Where a project's data comes from and which tool made it.</summary>
/// <param name="DatasetName">The dataset's name, e.g. "Trà Vinh (84)".</param>
/// <param name="CreatedAt">When the project was created, with the creator's UTC offset.</param>
/// <param name="ToolVersion">The Boundaries version that created the project.</param>
public sealed record ProjectMetadata(string DatasetName, DateTimeOffset CreatedAt, string ToolVersion)
{
    /// <summary>One line per source: what it is, where it comes from, its licence and vintage.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The date of the official unit list the units follow (GSO DMDVHC), when known.</summary>
    public DateOnly? UnitsAsOf { get; init; }

    /// <summary>The date of the state of the map (2025-07-01 for the two-tier map of today; 2023-04-10 for the Trà Vinh seed), when known.</summary>
    public DateOnly? Baseline { get; init; }

    /// <summary>The changes made to the map since <see cref="Baseline"/>, each with its effective date, kept apart so that the baseline stays reproducible; see <see cref="MapOnDate"/>.</summary>
    public IReadOnlyList<Scenario> DatedChanges { get; init; } = [];
}
