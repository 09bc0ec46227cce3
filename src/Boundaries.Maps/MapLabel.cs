namespace Boundaries.Maps;

/// <summary>One label as placed on the sheet.</summary>
/// <param name="Panel">The panel, counted from 0.</param>
/// <param name="Key">The unit code, or the source name of a polygon that belongs to no unit.</param>
/// <param name="Text">The label's lines joined by spaces.</param>
/// <param name="IsDistrict">True for a district's name, false for a commune's.</param>
/// <param name="Callout">True when the label stands beside its unit with a leader line.</param>
/// <param name="Left">Left edge in points from the sheet's left.</param>
/// <param name="Top">Top edge in points from the sheet's top.</param>
/// <param name="Right">Right edge in points.</param>
/// <param name="Bottom">Bottom edge in points.</param>
public sealed record MapLabel(int Panel, string Key, string Text, bool IsDistrict, bool Callout, float Left, float Top, float Right, float Bottom)
{
    /// <summary>True when the two labels' boxes overlap.</summary>
    public bool Overlaps(MapLabel other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Panel == other.Panel && Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }
}
