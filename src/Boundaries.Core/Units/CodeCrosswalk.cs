namespace Boundaries.Core.Units;

/// <summary>The table from the codes of one map to those of the next (e.g. the communes before 2025-07-01 to the units of the two-tier map).</summary>
/// <remarks>Answers what became of an old unit and what a new unit was made of. A unit split between several new ones has a partial row for each.</remarks>
public sealed class CodeCrosswalk
{
    private readonly ILookup<UnitCode, CrosswalkRow> _byOld;
    private readonly ILookup<UnitCode, CrosswalkRow> _byNew;

    /// <summary>Creates the table.</summary>
    /// <param name="rows">The links, in source order.</param>
    /// <param name="newBaseline">The date the new codes take effect (2025-07-01).</param>
    /// <param name="source">Where the table comes from.</param>
    public CodeCrosswalk(IEnumerable<CrosswalkRow> rows, DateOnly? newBaseline, string source)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Rows = rows.ToList();
        NewBaseline = newBaseline;
        Source = source;
        _byOld = Rows.ToLookup(r => r.OldCode);
        _byNew = Rows.ToLookup(r => r.NewCode);
    }

    /// <summary>Every link.</summary>
    public IReadOnlyList<CrosswalkRow> Rows { get; }

    /// <summary>The date the new codes take effect.</summary>
    public DateOnly? NewBaseline { get; }

    /// <summary>Where the table comes from.</summary>
    public string Source { get; }

    /// <summary>The new units an old unit went into (one for a whole unit; several when it was split).</summary>
    public IReadOnlyList<CrosswalkRow> Successors(UnitCode oldCode) => _byOld[oldCode].ToList();

    /// <summary>The old units, whole or in part, a new unit was made of.</summary>
    public IReadOnlyList<CrosswalkRow> Predecessors(UnitCode newCode) => _byNew[newCode].ToList();
}
