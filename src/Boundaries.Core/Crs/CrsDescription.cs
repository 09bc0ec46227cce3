namespace Boundaries.Core.Crs;

/// <summary>What a CRS declaration (WKT or PROJ string) says, in neutral terms, before it is matched to an EPSG code.</summary>
/// <remarks>Angles are in degrees and lengths in metres once read; <see cref="ProjectionMethod"/> is null for a lon/lat CRS.</remarks>
internal sealed record CrsDescription
{
    /// <summary>The CRS name as written, for messages.</summary>
    public required string Name { get; init; }

    /// <summary>The EPSG code the declaration itself states (AUTHORITY, ID, +init), if any.</summary>
    public int? DeclaredEpsg { get; init; }

    /// <summary>The geodetic datum as written.</summary>
    public required DatumDescription Datum { get; init; }

    /// <summary>The projection method as written, or null for a geographic CRS.</summary>
    public string? ProjectionMethod { get; init; }

    /// <summary>Projection parameters keyed by <see cref="ProjectionParameterNames"/> (or the normalised name when unknown).</summary>
    public IReadOnlyDictionary<string, double> Parameters { get; init; } = new Dictionary<string, double>();

    /// <summary>Name of the linear unit of a projected CRS.</summary>
    public string LinearUnitName { get; init; } = "metre";

    /// <summary>Length of the linear unit in metres.</summary>
    public double LinearUnitMeters { get; init; } = 1.0;

    /// <summary>Name of the angular unit of a geographic CRS.</summary>
    public string AngularUnitName { get; init; } = "degree";

    /// <summary>Size of the angular unit in radians.</summary>
    public double AngularUnitRadians { get; init; } = Math.PI / 180;

    /// <summary>Longitude of the prime meridian from Greenwich, in degrees.</summary>
    public double PrimeMeridianDegrees { get; init; }
}
