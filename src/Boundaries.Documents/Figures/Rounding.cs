namespace Boundaries.Documents.Figures;

/// <summary>The one rounding of the dossier: areas and percentages to 0,01, half away from zero, as printed.</summary>
public static class Rounding
{
    /// <summary>An area or a percentage to two decimals.</summary>
    public static double? Two(double? value) => value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    /// <summary>A printed figure in per cent of a standard, computed from the printed (rounded) figure: 1,47 / 5,5 → 26,73.</summary>
    public static double? Percent(double? printed, double? standard) =>
        printed is { } p && standard is > 0 ? Two(p / standard.Value * 100) : null;
}
