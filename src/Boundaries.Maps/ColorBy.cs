namespace Boundaries.Maps;

/// <summary>What the fill colour of a commune shows.</summary>
public enum ColorBy
{
    /// <summary>The outcome of the evaluation (meets, below standard, must arrange, exempt, insufficient data).</summary>
    Status,

    /// <summary>The unit type (xã, phường, thị trấn).</summary>
    Type,

    /// <summary>The population, in five classes.</summary>
    Population,
}
