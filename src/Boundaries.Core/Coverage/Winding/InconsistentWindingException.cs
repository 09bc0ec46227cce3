namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// The noded boundaries of a group do not form a consistent planar graph (floating-point noding left a crossing),
/// so the union must be computed another way.
/// </summary>
internal sealed class InconsistentWindingException(string problem) : Exception(problem);
