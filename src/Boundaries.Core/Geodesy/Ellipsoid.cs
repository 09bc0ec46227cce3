namespace Boundaries.Core.Geodesy;

/// <summary>An ellipsoid of revolution given by its semi-major axis and flattening.</summary>
/// <remarks>VN-2000 uses WGS 84's ellipsoid (a = 6,378,137 m, 1/f = 298.257223563), so one ellipsoid serves both datums.</remarks>
public sealed record Ellipsoid(double SemiMajorAxisMeters, double InverseFlattening)
{
    /// <summary>The WGS 84 ellipsoid, also the ellipsoid of VN-2000 (EPSG:4756).</summary>
    public static Ellipsoid Wgs84 { get; } = new(6_378_137.0, 298.257223563);

    /// <summary>Flattening f.</summary>
    public double Flattening => 1.0 / InverseFlattening;

    /// <summary>First eccentricity squared, e² = f(2 − f).</summary>
    public double EccentricitySquared => Flattening * (2 - Flattening);

    /// <summary>First eccentricity e.</summary>
    public double Eccentricity => Math.Sqrt(EccentricitySquared);
}
