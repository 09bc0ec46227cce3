namespace Boundaries.Documents.Model;

/// <summary>Territory and people a unit gave to another unit.</summary>
/// <param name="ToCode">The unit that received them.</param>
/// <param name="ToName">Its name in running text.</param>
/// <param name="AreaKm2">The area in km²; null when unknown.</param>
/// <param name="Population">The people.</param>
/// <param name="Declared">True when the figures are declared, not measured.</param>
public sealed record LostPart(string ToCode, string ToName, double? AreaKm2, long Population, bool Declared);
