namespace Boundaries.Maps;

/// <summary>What a commune's label says.</summary>
public enum LabelContent
{
    /// <summary>The name with its type ("Xã Long Đức").</summary>
    Name,

    /// <summary>The name, then the natural area in km² and the population.</summary>
    NameAndFigures,
}
