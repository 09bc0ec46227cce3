using Boundaries.Core.Units;
using NetTopologySuite.Geometries;

namespace Boundaries.Maps.Scene;

/// <summary>Which units of a sheet are in colour: those of the district, the selection and the rectangle asked for (all three when given).</summary>
/// <param name="District">The district, or null.</param>
/// <param name="Units">The selected communes, or null.</param>
/// <param name="Bounds">The rectangle, or null.</param>
internal sealed record MapFocus(UnitCode? District, IReadOnlySet<UnitCode>? Units, MapBounds? Bounds)
{
    /// <summary>The whole map in colour.</summary>
    public static MapFocus Whole { get; } = new(null, null, null);

    /// <summary>The focus a request asks for.</summary>
    public static MapFocus Of(MapRequest request) => new(request.District, request.Units, request.Bounds);

    /// <summary>True when part of the map is drawn grey, as context.</summary>
    public bool IsPartial => District is not null || Units is not null || Bounds is not null;

    /// <summary>Whether a unit (or an unassigned polygon, with no code) is in colour.</summary>
    /// <param name="code">The unit's code; null for a polygon of no current unit.</param>
    /// <param name="parent">Its district, when it has one.</param>
    /// <param name="lonLat">Its polygon in lon/lat, when it has one.</param>
    public bool Includes(UnitCode? code, UnitCode? parent, Geometry? lonLat) =>
        (District is null || parent == District)
        && (Units is null || code is { } c && Units.Contains(c))
        && (Bounds is null || lonLat is not null && Bounds.Shows(lonLat));
}
