namespace Boundaries.Core.Standards;

/// <summary>A rule of the catalogue with a stable id and its legal basis.</summary>
public interface ILegalRule
{
    /// <summary>The stable id, e.g. "nq35-2023/2023-2025/both-below-70".</summary>
    string Id { get; }

    /// <summary>Where the rule comes from and how well it is established.</summary>
    LegalBasis Basis { get; }
}
