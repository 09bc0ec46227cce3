namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>A unit that shares a boundary of positive length with another, as seen from that other unit.</summary>
/// <param name="Key">The neighbour's key.</param>
/// <param name="SharedLengthMeters">Length of the common boundary on the WGS 84 ellipsoid, in metres.</param>
/// <param name="BearingDegrees">Bearing, clockwise from true north, from the unit's centroid to the centre of the common boundary.</param>
public sealed record Neighbour(string Key, double SharedLengthMeters, double BearingDegrees)
{
    /// <summary>The compass point of the neighbour as seen from the unit.</summary>
    public CompassDirection Direction => CompassDirections.FromBearing(BearingDegrees);

    /// <summary>The Vietnamese name of the direction, as in "phía Bắc giáp …".</summary>
    public string VietnameseDirection => Direction.VietnameseName();
}
