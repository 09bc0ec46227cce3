namespace Boundaries.Core.Scenarios;

/// <summary>A legal instrument a scenario cites: resolution, decision or plan, with the provision and where to read it.</summary>
/// <param name="Instrument">The number and kind, e.g. "Nghị quyết 1277/NQ-UBTVQH15".</param>
/// <param name="Date">The day it was signed.</param>
/// <param name="Provision">The article or clause ("Điều 1 khoản 2").</param>
/// <param name="Url">Where the text can be read.</param>
public sealed record LegalReference(string Instrument, DateOnly? Date = null, string? Provision = null, string? Url = null);
