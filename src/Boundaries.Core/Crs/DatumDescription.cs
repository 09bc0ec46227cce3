namespace Boundaries.Core.Crs;

/// <summary>The datum part of a CRS declaration: its name, ellipsoid and TOWGS84 shift as written.</summary>
/// <param name="Name">The datum name, e.g. "D_Vietnam_2000".</param>
/// <param name="EllipsoidName">The ellipsoid name, if given.</param>
/// <param name="SemiMajorAxisMeters">The ellipsoid's semi-major axis, if given.</param>
/// <param name="InverseFlattening">The ellipsoid's inverse flattening, if given.</param>
/// <param name="ToWgs84">The TOWGS84 (Bursa-Wolf) values, if given.</param>
internal sealed record DatumDescription(
    string Name,
    string? EllipsoidName,
    double? SemiMajorAxisMeters,
    double? InverseFlattening,
    IReadOnlyList<double>? ToWgs84);
