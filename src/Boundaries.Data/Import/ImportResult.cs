namespace Boundaries.Data.Import;

/// <summary>What an import produced: the map and the report of everything found on the way.</summary>
/// <param name="Map">The units with their polygons (lon/lat, SRID 4326), figures and unassigned polygons.</param>
/// <param name="Report">Files read, counts, repairs and issues.</param>
public sealed record ImportResult(AdminMap Map, ImportReport Report);
