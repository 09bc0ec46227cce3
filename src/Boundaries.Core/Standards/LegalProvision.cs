namespace Boundaries.Core.Standards;

/// <summary>A provision that shapes how other rules apply, such as "only one special-factor reduction per standard".</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Description">What the provision says.</param>
/// <param name="Basis">Where it comes from.</param>
public sealed record LegalProvision(string Id, string Description, LegalBasis Basis) : ILegalRule;
