namespace Boundaries.Core.Consultation;

/// <summary>When a commune's voters approve a proposal: the count and the share the law asks for.</summary>
public enum ApprovalThreshold
{
    /// <summary>More than 50 % of the registered voters of the commune agree (NĐ 54/2018/NĐ-CP; the article was not seen: unconfirmed).</summary>
    VotersOver50,

    /// <summary>At least 50 % of the households of the commune agree (NĐ 321/2025/NĐ-CP as reported; the decree's text was not seen: unconfirmed).</summary>
    HouseholdsAtLeast50,
}
