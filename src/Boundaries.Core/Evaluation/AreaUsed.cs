namespace Boundaries.Core.Evaluation;

/// <summary>The natural area an assessment uses, and where it comes from.</summary>
/// <param name="Km2">Natural area in km²; null when unknown.</param>
/// <param name="Origin">Official figure, polygon or sum.</param>
/// <param name="Year">The year the figure refers to, when known.</param>
/// <param name="Source">Where the figure comes from, in words ("chính thức: …", "diện tích đa giác của đơn vị, tính trên ellipsoid WGS 84 …").</param>
public sealed record AreaUsed(double? Km2, FigureOrigin Origin, int? Year, string Source)
{
    /// <summary>No area is known.</summary>
    public static AreaUsed Unknown(string why) => new(null, FigureOrigin.None, null, why);
}
