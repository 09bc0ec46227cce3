namespace Boundaries.Web.Scenarios;

/// <summary>A new, empty scenario on the planner's baseline.</summary>
/// <param name="Title">The title ("Phương án nhập các phường nội thị").</param>
/// <param name="Description">Free text.</param>
/// <param name="EffectiveDate">The day it would take effect; the default evaluation date.</param>
public sealed record CreateScenarioRequest(string Title, string? Description = null, DateOnly? EffectiveDate = null);

/// <summary>A new title, description or effective date for a scenario read at <paramref name="Version"/>.</summary>
/// <param name="Version">The version the client read.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">Free text.</param>
/// <param name="EffectiveDate">The day it would take effect.</param>
public sealed record DescribeScenarioRequest(long Version, string Title, string? Description = null, DateOnly? EffectiveDate = null);

/// <summary>One operation to apply to a scenario read at <paramref name="Version"/>.</summary>
/// <param name="Version">The version the client read; another version is refused with 409.</param>
/// <param name="Operation">One item of "operations" in data/scenarios/scenario.schema.json, e.g. {"op":"merge","units":["29245","29242"],"into":{"code":"29242","name":"Phường 3","type":"phuong"}}.</param>
public sealed record OperationRequest(long Version, JsonElement Operation);

/// <summary>Undo or redo on a scenario read at <paramref name="Version"/>.</summary>
/// <param name="Version">The version the client read; another version is refused with 409.</param>
public sealed record VersionRequest(long Version);
