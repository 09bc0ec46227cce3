namespace Boundaries.Documents.Figures;

/// <summary>An official figure of a unit that the dossier prints instead of a measured or census one (e.g. those a resolution states).</summary>
/// <param name="Code">The unit's GSO code.</param>
/// <param name="After">True for the unit after the arrangement, false for before.</param>
/// <param name="AreaKm2">Natural area in km², or null to keep the evaluated one.</param>
/// <param name="Population">Population, or null to keep the evaluated one.</param>
/// <param name="Note">How the documents state the figure's origin, in Vietnamese ("số liệu thống kê chính thức của địa phương").</param>
public sealed record OfficialFigure(string Code, bool After, double? AreaKm2, long? Population, string Note);
