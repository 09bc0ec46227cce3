namespace Boundaries.Core.Consultation;

/// <summary>One place where ballots are received.</summary>
/// <param name="Unit">The commune-level unit whose people vote there ("Phường 2").</param>
/// <param name="Place">The place ("Trụ sở Ủy ban nhân dân Phường 2, số …").</param>
/// <param name="Hours">When it is open ("7 giờ 30 – 17 giờ"), or null.</param>
public sealed record ConsultationPlace(string Unit, string Place, string? Hours);
