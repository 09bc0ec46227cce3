namespace Boundaries.Documents.Model;

/// <summary>A unit of the result that the scenario formed or changed: what it is made of, its figures, its neighbours.</summary>
/// <param name="Kind">"merged" (formed from several units), "created", "adjusted" (gained or lost territory), "renamed" or "changed".</param>
/// <param name="After">The unit after the scenario.</param>
/// <param name="Before">The same code before the scenario; null for a new unit.</param>
/// <param name="Parts">What it is made of: its own territory and what came from other units.</param>
/// <param name="Gained">The parts that came from other units.</param>
/// <param name="Lost">What it gave to other units.</param>
/// <param name="Formed">For a unit formed by an arrangement: the NQ 35/2023 Điều 4 check.</param>
/// <param name="Neighbours">Its neighbours by side, in the order Đông, Tây, Nam, Bắc, then the corners.</param>
/// <param name="NeighboursText">All sides in one phrase ("phía Đông giáp …; phía Tây giáp …").</param>
/// <param name="Seat">The seat (trụ sở) the scenario names, or empty.</param>
/// <param name="Declared">True when declared figures (no published polygon) are part of its figures.</param>
public sealed record PlannedUnit(
    string Kind,
    UnitFigures After,
    UnitFigures? Before,
    IReadOnlyList<PartFlow> Parts,
    IReadOnlyList<PartFlow> Gained,
    IReadOnlyList<LostPart> Lost,
    FormedUnitCheck? Formed,
    IReadOnlyList<NeighbourSide> Neighbours,
    string NeighboursText,
    string Seat,
    bool Declared);
