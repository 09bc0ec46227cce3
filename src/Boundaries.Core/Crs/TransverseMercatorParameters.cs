namespace Boundaries.Core.Crs;

/// <summary>The defining parameters of a Transverse Mercator grid (EPSG method 9807).</summary>
/// <param name="LatitudeOfOriginDegrees">Latitude of natural origin, in degrees.</param>
/// <param name="CentralMeridianDegrees">Longitude of natural origin (central meridian), in degrees east.</param>
/// <param name="ScaleFactor">Scale factor at the natural origin.</param>
/// <param name="FalseEastingMeters">False easting, in metres.</param>
/// <param name="FalseNorthingMeters">False northing, in metres.</param>
public sealed record TransverseMercatorParameters(
    double LatitudeOfOriginDegrees,
    double CentralMeridianDegrees,
    double ScaleFactor,
    double FalseEastingMeters,
    double FalseNorthingMeters);
