namespace Boundaries.Core.Units;

/// <summary>The figure of a unit that a <see cref="FigureDoubt"/> is about.</summary>
public enum DoubtedFigure
{
    /// <summary>The natural area (declared or measured).</summary>
    Area,

    /// <summary>The population.</summary>
    Population,
}
