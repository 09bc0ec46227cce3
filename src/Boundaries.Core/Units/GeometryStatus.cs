namespace Boundaries.Core.Units;

/// <summary>Whether a unit has a polygon of its own in the dataset.</summary>
public enum GeometryStatus
{
    /// <summary>The unit has its own polygon.</summary>
    Present,

    /// <summary>No polygon exists in the sources; the unit is kept with its figures, never with an invented shape.</summary>
    Missing,
}
