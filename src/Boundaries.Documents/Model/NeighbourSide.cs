namespace Boundaries.Documents.Model;

/// <summary>The neighbours of a unit on one side, as "phía Đông giáp Phường 1 và Phường 4".</summary>
/// <param name="Direction">The side ("Đông", "Tây Bắc").</param>
/// <param name="Names">The neighbours on that side in running text, longest common boundary first.</param>
/// <param name="Text">The phrase "phía Đông giáp Phường 1 và Phường 4".</param>
public sealed record NeighbourSide(string Direction, IReadOnlyList<string> Names, string Text);
