namespace Boundaries.Core.Consultation;

/// <summary>The count of the voter consultation (lấy ý kiến cử tri) in one village (ấp, khóm, thôn, tổ dân phố).</summary>
/// <remarks>NĐ 54/2018/NĐ-CP Điều 11: the commune's People's Committee organises the consultation by thôn or tổ dân phố and reports the count.</remarks>
/// <param name="Commune">The commune-level unit's code.</param>
/// <param name="CommuneName">The commune's full name as the tally writes it ("Phường 2").</param>
/// <param name="Village">The village's name ("Khóm 1", "ấp Phước Hội").</param>
/// <param name="RegisteredVoters">Voters on the list (tổng số cử tri).</param>
/// <param name="Households">Households on the list (tổng số hộ); null when the tally does not give it.</param>
/// <param name="VotesFor">Voters who agree (đồng ý).</param>
/// <param name="VotesAgainst">Voters who do not agree (không đồng ý).</param>
/// <param name="VotesInvalid">Invalid votes: no mark or both marks (không hợp lệ).</param>
/// <param name="HouseholdsFor">Households that agree; null when the tally does not give it.</param>
/// <param name="Line">The line of the tally file the row comes from, for messages.</param>
public sealed record VillageTally(
    UnitCode Commune,
    string CommuneName,
    string Village,
    long RegisteredVoters,
    long? Households,
    long VotesFor,
    long VotesAgainst,
    long VotesInvalid,
    long? HouseholdsFor,
    int Line = 0)
{
    /// <summary>Votes cast: for, against and invalid.</summary>
    public long VotesCast => VotesFor + VotesAgainst + VotesInvalid;
}
