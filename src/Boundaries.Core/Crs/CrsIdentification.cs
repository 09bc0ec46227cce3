namespace Boundaries.Core.Crs;

/// <summary>The result of reading a CRS declaration: the EPSG code, or why it could not be recognised.</summary>
/// <param name="Epsg">The EPSG code, when recognised and supported.</param>
/// <param name="Problem">One line saying what is wrong, when not.</param>
public sealed record CrsIdentification(int? Epsg, string? Problem)
{
    /// <summary>A recognised CRS.</summary>
    public static CrsIdentification Of(int epsg) => new(epsg, null);

    /// <summary>A declaration that could not be used.</summary>
    public static CrsIdentification Failed(string problem) => new(null, problem);
}
