using Boundaries.Core.Quality;

namespace Boundaries.Cli;

/// <summary>A map ready for a command, with where it came from and the issues found when it was read.</summary>
/// <param name="Map">The units as they stand today: the baseline with the dated changes in force (<see cref="OnDate"/> for another day).</param>
/// <param name="Name">The dataset's name.</param>
/// <param name="Path">The file or folder as the user gave it.</param>
/// <param name="Issues">Problems recorded at import.</param>
/// <param name="Provenance">Lines saying where each figure comes from.</param>
/// <param name="UnitsAsOf">The date of the official unit list the codes refer to, when known.</param>
/// <param name="Baseline">The date of the state of the map (2025-07-01 for today's two-tier map), when known.</param>
internal sealed record OpenedProject(AdminMap Map, string Name, string Path, IReadOnlyList<DataIssue> Issues, IReadOnlyList<string> Provenance, DateOnly? UnitsAsOf = null, DateOnly? Baseline = null)
{
    /// <summary>The changes made since the baseline, each with its effective date.</summary>
    public IReadOnlyList<Scenario> DatedChanges { get; init; } = [];

    /// <summary>The units at the baseline, before any dated change (the 1 July 2025 state of today's map).</summary>
    public required AdminMap BaselineMap { get; init; }

    /// <summary>The state <see cref="Map"/> is in: the day it stands on and the dated changes applied by then, worked out once.</summary>
    public required MapOnDate Current { get; init; }

    /// <summary>
    /// A project as read from a store or built from a dataset, named by <paramref name="path"/>; every command works on the map
    /// of <paramref name="today"/> (the machine's date when not given), so that a province made a city or xã made phường since
    /// the baseline are what a map, an export, a plan or the web planner show.
    /// </summary>
    public static OpenedProject From(BoundaryProject project, string path, DateOnly? today = null)
    {
        var changes = project.Metadata.DatedChanges;
        var day = today ?? DateOnly.FromDateTime(DateTime.Today);
        var current = MapOnDate.Of(project.Map, changes, day);
        return new(current.Map, project.Metadata.DatasetName, path, project.Issues, project.Metadata.Sources, project.Metadata.UnitsAsOf, project.Metadata.Baseline)
        {
            DatedChanges = changes,
            BaselineMap = project.Map,
            Current = current,
        };
    }

    /// <summary>The map as it stood on <paramref name="date"/>: the baseline with the dated changes in force by then.</summary>
    public MapOnDate OnDate(DateOnly date) => Current.Date == date ? Current : MapOnDate.Of(BaselineMap, DatedChanges, date);
}
