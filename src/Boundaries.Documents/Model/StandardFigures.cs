namespace Boundaries.Documents.Model;

/// <summary>The standard a unit is measured against: its kind, minimum area and population, and where it is written.</summary>
/// <param name="Name">The kind of unit the standard is for ("phường thuộc thành phố thuộc tỉnh").</param>
/// <param name="MinAreaKm2">Minimum natural area in km² after any reduction.</param>
/// <param name="MinPopulation">Minimum population after any reduction.</param>
/// <param name="Citation">Instrument and article ("NQ 1211/2016/UBTVQH13 Điều 8 …").</param>
/// <param name="Unconfirmed">True when the standard itself is unconfirmed.</param>
public sealed record StandardFigures(string Name, double MinAreaKm2, double MinPopulation, string Citation, bool Unconfirmed);
