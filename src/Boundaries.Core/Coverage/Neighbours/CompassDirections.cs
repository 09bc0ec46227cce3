namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>Conversions between bearings, compass points and their Vietnamese names.</summary>
public static class CompassDirections
{
    private static readonly string[] Vietnamese = ["Bắc", "Đông Bắc", "Đông", "Đông Nam", "Nam", "Tây Nam", "Tây", "Tây Bắc"];
    private static readonly string[] Abbreviations = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];

    /// <summary>The compass point whose 45° sector holds the bearing (degrees clockwise from true north).</summary>
    public static CompassDirection FromBearing(double bearingDegrees)
    {
        if (!double.IsFinite(bearingDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(bearingDegrees), bearingDegrees, "A bearing must be a finite number of degrees.");
        }

        var normalised = ((bearingDegrees % 360) + 360) % 360;
        return (CompassDirection)((int)Math.Floor((normalised + 22.5) / 45) % 8);
    }

    /// <summary>The Vietnamese name used in dossiers ("phía Bắc giáp …"): Bắc, Đông Bắc, Đông, Đông Nam, Nam, Tây Nam, Tây, Tây Bắc.</summary>
    public static string VietnameseName(this CompassDirection direction) => Vietnamese[Index(direction)];

    /// <summary>The English abbreviation: N, NE, E, SE, S, SW, W, NW.</summary>
    public static string Abbreviation(this CompassDirection direction) => Abbreviations[Index(direction)];

    private static int Index(CompassDirection direction) =>
        direction is >= CompassDirection.North and <= CompassDirection.NorthWest
            ? (int)direction
            : throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a compass point.");
}
