namespace Boundaries.Maps;

/// <summary>How the sheet is turned.</summary>
public enum Orientation
{
    /// <summary>Whichever gives the larger map scale (two panels are always landscape).</summary>
    Auto,

    /// <summary>Long side horizontal.</summary>
    Landscape,

    /// <summary>Long side vertical.</summary>
    Portrait,
}
