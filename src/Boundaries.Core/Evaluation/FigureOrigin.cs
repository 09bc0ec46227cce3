namespace Boundaries.Core.Evaluation;

/// <summary>Where a figure used by an assessment comes from.</summary>
public enum FigureOrigin
{
    /// <summary>No figure: the assessment lacks data.</summary>
    None,

    /// <summary>A figure stated by an authority (official area) or recorded for the unit (its population figure).</summary>
    Recorded,

    /// <summary>The ellipsoidal area of the unit's own polygon.</summary>
    Polygon,

    /// <summary>The sum over the units one level down.</summary>
    SumOfSubordinates,

    /// <summary>The sum over the communes below the unit, with unassigned polygons (<see cref="Units.AdminMap.RollUp"/>).</summary>
    CommuneRollUp,
}
