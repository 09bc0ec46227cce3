namespace Boundaries.Core.Quality;

/// <summary>One problem found in input data, with its place: file, feature, unit code and coordinate where known.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="Kind">A stable key such as "duplicate-code", "invalid-geometry", "coverage-gap".</param>
/// <param name="Message">One line a planner can act on.</param>
public sealed record DataIssue(IssueSeverity Severity, string Kind, string Message)
{
    /// <summary>The file the issue was found in.</summary>
    public string? File { get; init; }

    /// <summary>Zero-based index of the feature (row) in its file.</summary>
    public int? FeatureIndex { get; init; }

    /// <summary>The unit code concerned.</summary>
    public UnitCode? Code { get; init; }

    /// <summary>Where the problem is, in lon/lat.</summary>
    public Coordinate? Location { get; init; }

    /// <summary>A size that measures the problem (m² of a gap, metres of a shift), when it has one.</summary>
    public double? Magnitude { get; init; }

    /// <summary>The issue as one line: "file: feature 12 (code 29242): message at 106.34, 9.93".</summary>
    public override string ToString()
    {
        var where = new List<string>();
        if (File is not null)
        {
            where.Add(System.IO.Path.GetFileName(File));
        }

        if (FeatureIndex is not null)
        {
            where.Add($"feature {FeatureIndex}");
        }

        if (Code is not null)
        {
            where.Add($"code {Code}");
        }

        var at = Location is null ? "" : FormattableString.Invariant($" at {Location.X:0.######}, {Location.Y:0.######}");
        return where.Count == 0 ? Message + at : $"{string.Join(", ", where)}: {Message}{at}";
    }
}
