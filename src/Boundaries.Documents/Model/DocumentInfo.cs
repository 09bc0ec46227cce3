namespace Boundaries.Documents.Model;

/// <summary>Who issues the documents, where and when: the header block of every document (Nghị định 30/2020/NĐ-CP Phụ lục I).</summary>
/// <param name="Province">The province's name ("Trà Vinh").</param>
/// <param name="IssuingBody">The issuing body in capitals ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH").</param>
/// <param name="IssuingBodyShort">Its short form in running text ("UBND tỉnh Trà Vinh").</param>
/// <param name="Place">The place name of the date line ("Trà Vinh").</param>
/// <param name="Date">The date of the documents.</param>
/// <param name="DateText">The date as written ("ngày 13 tháng 6 năm 2023").</param>
/// <param name="PlaceAndDate">The place and date line ("Trà Vinh, ngày 13 tháng 6 năm 2023").</param>
/// <param name="Year">The year of the documents.</param>
public sealed record DocumentInfo(
    string Province,
    string IssuingBody,
    string IssuingBodyShort,
    string Place,
    DateOnly Date,
    string DateText,
    string PlaceAndDate,
    int Year)
{
    /// <summary>The issuing body on the lines of the header block: "ỦY BAN NHÂN DÂN" / "TỈNH TRÀ VINH".</summary>
    public IReadOnlyList<string> IssuingBodyLines =>
        IssuingBody.StartsWith(PeoplesCommittee + " ", StringComparison.Ordinal)
            ? [PeoplesCommittee, IssuingBody[(PeoplesCommittee.Length + 1)..]]
            : [IssuingBody];

    private const string PeoplesCommittee = "ỦY BAN NHÂN DÂN";
}
