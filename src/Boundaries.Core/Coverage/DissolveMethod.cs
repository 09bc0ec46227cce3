namespace Boundaries.Core.Coverage;

/// <summary>How a group of polygons was dissolved into one geometry.</summary>
public enum DissolveMethod
{
    /// <summary>Shared edges removed by <c>CoverageUnion</c>: the group was checked to be a clean coverage first.</summary>
    CoverageUnion,

    /// <summary>Robust overlay union (<c>OverlayNGRobust</c>): valid whatever gaps and overlaps the group has.</summary>
    Overlay,
}
