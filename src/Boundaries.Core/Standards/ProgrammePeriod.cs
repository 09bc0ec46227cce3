namespace Boundaries.Core.Standards;

/// <summary>A period together with the programme it belongs to.</summary>
/// <param name="Programme">The programme.</param>
/// <param name="Period">One of its periods.</param>
public sealed record ProgrammePeriod(ArrangementProgramme Programme, ArrangementPeriod Period);
