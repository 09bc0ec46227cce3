namespace Boundaries.Documents.Consultation;

/// <summary>One village's count in the results report.</summary>
/// <param name="Village">The village ("Khóm 1").</param>
/// <param name="RegisteredVoters">Voters on the list.</param>
/// <param name="Households">Households; null when not given.</param>
/// <param name="VotesCast">Votes cast.</param>
/// <param name="VotesFor">Votes for.</param>
/// <param name="VotesAgainst">Votes against.</param>
/// <param name="VotesInvalid">Invalid votes.</param>
/// <param name="HouseholdsFor">Households for; null when not given.</param>
/// <param name="ForPercent">Votes for in per cent of registered voters (or households for in per cent of households, per the threshold).</param>
public sealed record VillageRow(
    string Village,
    long RegisteredVoters,
    long? Households,
    long VotesCast,
    long VotesFor,
    long VotesAgainst,
    long VotesInvalid,
    long? HouseholdsFor,
    double? ForPercent);
