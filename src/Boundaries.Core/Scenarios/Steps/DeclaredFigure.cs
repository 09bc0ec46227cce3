namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Area and people moved by declaration only: the polygons did not change, the figures did.</summary>
/// <param name="OperationNumber">The operation that moved them, counted from 1.</param>
/// <param name="From">The unit that gave the part.</param>
/// <param name="To">The unit that received it.</param>
/// <param name="AreaKm2">The declared area in km².</param>
/// <param name="Population">The people moved.</param>
/// <param name="PartName">The part's name ("ấp Phước Hội").</param>
/// <param name="Source">Where the figures are declared.</param>
public sealed record DeclaredFigure(int OperationNumber, UnitCode From, UnitCode To, double AreaKm2, long Population, string? PartName, string? Source)
{
    /// <summary>The flag every output carries next to a declared figure.</summary>
    public const string Flag = "declared figures — no published polygon";
}
