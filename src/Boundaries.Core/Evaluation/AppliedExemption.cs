using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>A ground on which a unit subject to arrangement need not be arranged, with the unit's fact that establishes it.</summary>
/// <param name="Ground">The programme's ground.</param>
/// <param name="Fact">The unit's fact with its reason and source.</param>
public sealed record AppliedExemption(ExemptionGround Ground, SpecialFactor Fact);
