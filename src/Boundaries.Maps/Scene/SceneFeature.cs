using Boundaries.Core.Units;
using NetTopologySuite.Geometries;

namespace Boundaries.Maps.Scene;

/// <summary>One polygon of a panel in the display CRS: a commune, or a polygon of the sources that belongs to no current unit.</summary>
/// <param name="Key">The unit code, or the source name of an unassigned polygon.</param>
/// <param name="Unit">The commune, or null for an unassigned polygon.</param>
/// <param name="Unassigned">The unassigned polygon's record, or null for a commune.</param>
/// <param name="DistrictCode">The district it lies in, when known.</param>
/// <param name="Geometry">The polygon in the display CRS (metres).</param>
/// <param name="InFocus">True when it belongs to the area mapped (the district asked for, or everything); others are grey context.</param>
/// <param name="Changed">True when the panel's scenario changed or produced it.</param>
internal sealed record SceneFeature(
    string Key, AdminUnit? Unit, UnassignedArea? Unassigned, UnitCode? DistrictCode, Geometry Geometry, bool InFocus, bool Changed);
