namespace Boundaries.Web.Scenarios;

/// <summary>The answer to a change or to a request for the result: the scenario, the before → after table, and the map's units as GeoJSON.</summary>
/// <remarks>Documents the shape for OpenAPI; the server writes it with <see cref="SnapshotResult"/> so that the GeoJSON is written once per shape and reused.</remarks>
/// <param name="Scenario">The scenario.</param>
/// <param name="Table">The before → after table.</param>
/// <param name="Units">A GeoJSON FeatureCollection of the units after the scenario (display-simplified shapes).</param>
public sealed record ScenarioSnapshot(ScenarioState Scenario, ScenarioTable Table, object Units);
