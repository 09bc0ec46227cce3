using Boundaries.Core.Coverage.Snapping;
using Boundaries.Core.Quality;

namespace Boundaries.Cli.Commands;

/// <summary>Records a snap of the commune coverage as issues, one per changed unit, so the project file says what was moved.</summary>
internal static class SnapIssues
{
    public static IEnumerable<DataIssue> Of(SnapResult result)
    {
        foreach (var c in result.Changes.Where(c => c.VerticesMoved + c.VerticesInserted + c.VerticesRemoved > 0 || c.Refused))
        {
            var message = c.Refused
                ? string.Create(CultureInfo.InvariantCulture, $"snapping at {result.ToleranceMeters} m refused for this unit (the result was invalid); geometry kept")
                : string.Create(CultureInfo.InvariantCulture, $"snapped at {result.ToleranceMeters} m: {c.VerticesMoved} vertices moved, {c.VerticesInserted} inserted, {c.VerticesRemoved} removed, largest shift {c.MaxShiftMeters:0.###} m, area change {c.AreaChangeSquareMeters:+0.###;-0.###;0} m²");
            yield return new DataIssue(c.Refused ? IssueSeverity.Warning : IssueSeverity.Info, "coverage-snapped", message)
            {
                // Units are keyed by code; unassigned source polygons by their name.
                Code = c.Key.All(char.IsAsciiDigit) ? new UnitCode(c.Key) : (UnitCode?)null,
                Magnitude = c.AreaChangeSquareMeters,
            };
        }
    }
}
