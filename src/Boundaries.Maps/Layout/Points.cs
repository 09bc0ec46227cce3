namespace Boundaries.Maps.Layout;

/// <summary>Page units: typographic points (1/72 inch), the unit of PDF and of every size on the sheet.</summary>
internal static class Points
{
    /// <summary>Points in one millimetre.</summary>
    public const double PerMillimetre = 72.0 / 25.4;

    /// <summary>A length in millimetres as points.</summary>
    public static float Mm(double millimetres) => (float)(millimetres * PerMillimetre);
}
