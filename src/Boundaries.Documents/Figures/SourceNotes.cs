using Boundaries.Documents.Model;

namespace Boundaries.Documents.Figures;

/// <summary>Where a figure comes from, as an official writes it in a note.</summary>
internal static class SourceNotes
{
    /// <summary>The note of the measured areas.</summary>
    public const string Measured = "diện tích tự nhiên đo đạc trên bản đồ ranh giới hành chính";

    /// <summary>The note of official figures whose publication the tool cannot cite on the documents' date.</summary>
    public const string Official = "số liệu thống kê chính thức của địa phương";

    public static string Area(AreaUsed area, bool declared) => area.Origin switch
    {
        FigureOrigin.Recorded when declared => Measured + ", cộng, trừ phần " + DeclaredFigureNote.Mark,
        FigureOrigin.Recorded => Official,
        FigureOrigin.Polygon when declared => Measured + ", cộng, trừ phần " + DeclaredFigureNote.Mark,
        FigureOrigin.Polygon => Measured,
        FigureOrigin.SumOfSubordinates or FigureOrigin.CommuneRollUp => "tổng diện tích tự nhiên của các đơn vị hành chính cấp xã",
        _ => "chưa có số liệu",
    };

    public static string Population(PopulationUsed population) => population.Origin switch
    {
        FigureOrigin.None => "chưa có số liệu",
        _ when population.Source.Contains("Census", StringComparison.OrdinalIgnoreCase) || population.Source.Contains("điều tra", StringComparison.OrdinalIgnoreCase)
            => $"dân số theo kết quả Tổng điều tra dân số và nhà ở năm {population.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "2019"}",
        FigureOrigin.SumOfSubordinates or FigureOrigin.CommuneRollUp => "tổng dân số của các đơn vị hành chính cấp xã",
        _ => Official,
    };
}
