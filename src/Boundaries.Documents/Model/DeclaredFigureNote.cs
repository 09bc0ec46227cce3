namespace Boundaries.Documents.Model;

/// <summary>Area and people moved by declaration only (no published polygon), as every document must mark them.</summary>
/// <param name="FromName">The unit that gave the part, in running text.</param>
/// <param name="ToName">The unit that received it.</param>
/// <param name="AreaKm2">The declared area in km².</param>
/// <param name="Population">The people moved.</param>
/// <param name="PartName">The part's name ("ấp Phước Hội"), or empty.</param>
/// <param name="Source">Where the figures are declared, or empty.</param>
public sealed record DeclaredFigureNote(string FromName, string ToName, double AreaKm2, long Population, string PartName, string Source)
{
    /// <summary>The mark the documents put beside a declared figure.</summary>
    public const string Mark = "số liệu công bố, chưa có bản đồ ranh giới";
}
