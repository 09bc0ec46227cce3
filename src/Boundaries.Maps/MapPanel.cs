using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;

namespace Boundaries.Maps;

/// <summary>One map on the sheet: the units to draw, their evaluation (for colouring by status) and the units a scenario changed.</summary>
/// <param name="Heading">A heading over the panel ("Hiện trạng", "Sau sắp xếp"), or null for a single map.</param>
/// <param name="Map">The units; communes are filled, districts and the province drawn as outlines of their communes.</param>
public sealed record MapPanel(string? Heading, AdminMap Map)
{
    /// <summary>The assessments that colour the units by status; null when colouring by type or population.</summary>
    public MapEvaluation? Evaluation { get; init; }

    /// <summary>Units a scenario changes (before) or produced (after), drawn hatched with a heavy outline.</summary>
    public IReadOnlySet<UnitCode> Changed { get; init; } = new HashSet<UnitCode>();
}
