namespace Boundaries.Core.Standards;

/// <summary>The two measured standards of a unit.</summary>
public enum StandardDimension
{
    /// <summary>Natural area (diện tích tự nhiên) in km².</summary>
    Area,

    /// <summary>Population size (quy mô dân số).</summary>
    Population,
}
