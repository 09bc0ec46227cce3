namespace Boundaries.Core.Coverage.Dissolving;

/// <summary>How a group of polygons was dissolved into one geometry.</summary>
public enum DissolveMethod
{
    /// <summary>Nothing to dissolve: the group is one polygon, copied.</summary>
    SinglePolygon,

    /// <summary>Shared edges removed by <c>CoverageUnion</c>: the group was checked to be a clean coverage first.</summary>
    CoverageUnion,

    /// <summary>
    /// Boundaries noded once and the union taken where at least one part covers a point (<c>WindingUnion</c>): valid
    /// whatever gaps and overlaps the group has, used where its floating-point noding is proven consistent.
    /// </summary>
    WindingUnion,

    /// <summary>Robust overlay union (<c>OverlayNGRobust</c>): valid whatever gaps and overlaps the group has.</summary>
    Overlay,
}
