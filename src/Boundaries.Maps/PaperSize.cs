namespace Boundaries.Maps;

/// <summary>ISO 216 paper sizes a department prints on.</summary>
public enum PaperSize
{
    /// <summary>A4, 210 × 297 mm.</summary>
    A4,

    /// <summary>A3, 297 × 420 mm.</summary>
    A3,
}
