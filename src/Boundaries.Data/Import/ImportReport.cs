namespace Boundaries.Data.Import;

/// <summary>What an import read, counted, repaired and found wrong.</summary>
public sealed record ImportReport
{
    /// <summary>Every problem found, in the order found, each with its file, feature, code and place where known.</summary>
    public required IReadOnlyList<DataIssue> Issues { get; init; }

    /// <summary>The files (and layers) read, with feature counts, CRS and text encoding.</summary>
    public required IReadOnlyList<SourceFileSummary> Files { get; init; }

    /// <summary>Units per level, with and without polygon and population.</summary>
    public required IReadOnlyList<LevelCount> Levels { get; init; }

    /// <summary>Polygons repaired because <see cref="ImportOptions.FixGeometry"/> was set.</summary>
    public required IReadOnlyList<GeometryRepair> Repairs { get; init; }

    /// <summary>Source polygons kept as unassigned areas (belonging to no current unit).</summary>
    public int UnassignedAreas { get; init; }

    /// <summary>How the province's own polygon was obtained, e.g. "coverage union of 9 district polygons", or why it has none.</summary>
    public string? ProvinceGeometry { get; init; }

    /// <summary>The field mapping used for a single file (guessed or given).</summary>
    public FieldMapping? Fields { get; init; }

    /// <summary>True when an issue has <see cref="IssueSeverity.Error"/> severity.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);

    /// <summary>The issues of one kind.</summary>
    public IEnumerable<DataIssue> IssuesOf(string kind) => Issues.Where(i => i.Kind == kind);

    /// <summary>The counts of one level (zeros when the map has none).</summary>
    public LevelCount CountOf(UnitLevel level) =>
        Levels.FirstOrDefault(l => l.Level == level) ?? new LevelCount(level, 0, 0, 0);
}
