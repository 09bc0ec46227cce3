namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>The common boundary of two neighbouring units: its length and its length-weighted centre.</summary>
/// <param name="KeyA">One unit (the one earlier in the input order).</param>
/// <param name="KeyB">The other unit.</param>
/// <param name="LengthMeters">Length on the WGS 84 ellipsoid, in metres.</param>
/// <param name="Centre">Mean of the midpoints of the common pieces weighted by their length, in lon/lat; it may lie off a curved boundary.</param>
public sealed record SharedBoundary(string KeyA, string KeyB, double LengthMeters, Coordinate Centre)
{
    /// <summary>The key of the other unit of the pair.</summary>
    public string Other(string key) =>
        key == KeyA ? KeyB : key == KeyB ? KeyA : throw new ArgumentException($"Unit {key} is not part of the pair {KeyA}/{KeyB}.", nameof(key));
}
