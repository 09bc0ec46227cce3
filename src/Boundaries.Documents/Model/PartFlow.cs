namespace Boundaries.Documents.Model;

/// <summary>Territory and people that went from a unit of the baseline to a unit of the result (a row of the old→new code table).</summary>
/// <param name="FromCode">The unit they came from.</param>
/// <param name="FromName">Its name in running text.</param>
/// <param name="AreaKm2">The area that went, in km²; null when unknown.</param>
/// <param name="Population">The people who went.</param>
/// <param name="Whole">True when all of the unit went (nhập toàn bộ).</param>
/// <param name="Declared">True when the figures are declared, not measured from polygons.</param>
/// <param name="Itself">True when the flow is the unit's own territory staying where it was.</param>
public sealed record PartFlow(string FromCode, string FromName, double? AreaKm2, long Population, bool Whole, bool Declared, bool Itself);
