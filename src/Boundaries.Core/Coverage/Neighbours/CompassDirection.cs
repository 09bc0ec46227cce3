namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>The eight points of the compass, clockwise from north, each covering a sector of 45°.</summary>
public enum CompassDirection
{
    /// <summary>North (Bắc): bearings from 337.5° to 22.5°.</summary>
    North,

    /// <summary>North-east (Đông Bắc).</summary>
    NorthEast,

    /// <summary>East (Đông).</summary>
    East,

    /// <summary>South-east (Đông Nam).</summary>
    SouthEast,

    /// <summary>South (Nam).</summary>
    South,

    /// <summary>South-west (Tây Nam).</summary>
    SouthWest,

    /// <summary>West (Tây).</summary>
    West,

    /// <summary>North-west (Tây Bắc).</summary>
    NorthWest,
}
