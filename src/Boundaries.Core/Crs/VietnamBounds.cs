using System.Globalization;

namespace Boundaries.Core.Crs;

/// <summary>A generous lon/lat box around Vietnam, mainland and islands (Hoàng Sa, Trường Sa) included.</summary>
/// <remarks>
/// The territory spans about lon 102.14–109.47 on the mainland (A Pa Chải to Mũi Đôi), lat 8.4 (Hòn Khoai)
/// to 23.39 (Lũng Cú), and the Trường Sa islands reach lat 6.5 and lon 116; the box adds margin all round
/// so that only data that cannot be Vietnamese falls outside it.
/// </remarks>
public static class VietnamBounds
{
    // West and east edges in degrees east, south and north edges in degrees north.
    private static readonly Envelope Box = new(101.5, 118.5, 5.5, 24.0);

    /// <summary>The box as text for messages ("lon 101.5–118.5, lat 5.5–24").</summary>
    public static string Text { get; } = string.Create(CultureInfo.InvariantCulture, $"lon {Box.MinX}–{Box.MaxX}, lat {Box.MinY}–{Box.MaxY}");

    /// <summary>True when the whole lon/lat extent lies inside the box.</summary>
    public static bool Contains(Envelope lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        return !lonLat.IsNull && Box.Covers(lonLat);
    }
}
