namespace Boundaries.Core.Coverage.Dissolving;

/// <summary>How a dissolve method is named in change logs and import reports.</summary>
public static class DissolveMethods
{
    /// <summary>"single polygon", "coverage union", "winding-number union" or "overlay union".</summary>
    public static string Describe(this DissolveMethod method) => method switch
    {
        DissolveMethod.SinglePolygon => "single polygon",
        DissolveMethod.CoverageUnion => "coverage union",
        DissolveMethod.WindingUnion => "winding-number union",
        _ => "overlay union",
    };
}
