using Boundaries.Core.Quality;
using Boundaries.Core.Units;

namespace Boundaries.Data.Standards;

/// <summary>The facts of a unit-facts file by unit code, with the problems found while reading it.</summary>
/// <param name="ByCode">The facts of each unit named in the file.</param>
/// <param name="Issues">Rows that were skipped or not applied, each with file, line and code.</param>
public sealed record UnitFactsTable(IReadOnlyDictionary<UnitCode, UnitFacts> ByCode, IReadOnlyList<DataIssue> Issues)
{
    /// <summary>The facts of a unit, or null when the file has none for it.</summary>
    public UnitFacts? For(UnitCode code) => ByCode.GetValueOrDefault(code);
}
