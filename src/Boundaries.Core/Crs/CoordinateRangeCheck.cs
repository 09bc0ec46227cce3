using System.Globalization;

namespace Boundaries.Core.Crs;

/// <summary>Detects coordinates that cannot be in the declared CRS: metres labelled as degrees, swapped axes, another zone.</summary>
/// <remarks>
/// A file with the wrong CRS label loads without any error and lands in the wrong place (225 m for VN-2000
/// read as WGS 84, tens of kilometres for a wrong TM-3 zone), so the extent is tested against what the
/// declared CRS allows and against <see cref="VietnamBounds"/>. A wrong label that still lands inside
/// Vietnam (VN-2000 read as WGS 84, a neighbouring provincial meridian) cannot be seen from the extent.
/// </remarks>
public static class CoordinateRangeCheck
{
    private const int SamplesPerSide = 5;

    /// <summary>Null when the extent is plausible for the CRS, else one line saying what looks wrong.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The EPSG code is not supported.</exception>
    public static string? Check(Envelope extent, int declaredEpsg)
    {
        ArgumentNullException.ThrowIfNull(extent);
        var crs = CrsRegistry.DefinitionOf(declaredEpsg);
        if (extent.IsNull)
        {
            return null;
        }

        if (!double.IsFinite(extent.MinX) || !double.IsFinite(extent.MaxX) || !double.IsFinite(extent.MinY) || !double.IsFinite(extent.MaxY))
        {
            return $"the extent holds coordinates that are not finite numbers (NaN or infinity) in a file declared as EPSG:{declaredEpsg}";
        }

        return crs.IsGeographic ? CheckDegrees(extent, crs) : CheckGrid(extent, crs);
    }

    private static string? CheckDegrees(Envelope extent, CrsDefinition crs)
    {
        if (Math.Max(Math.Abs(extent.MinX), Math.Abs(extent.MaxX)) > 180)
        {
            return Invariant($"x {Extreme(extent.MinX, extent.MaxX)} is not a longitude: the file holds projected metres but declares EPSG:{crs.Epsg}");
        }

        if (VietnamBounds.Contains(Swapped(extent)))
        {
            return Invariant($"x {Range(extent.MinX, extent.MaxX)} and y {Range(extent.MinY, extent.MaxY)} look like latitude and longitude swapped: EPSG:{crs.Epsg} is read x = longitude, y = latitude");
        }

        if (Math.Max(Math.Abs(extent.MinY), Math.Abs(extent.MaxY)) > 90)
        {
            return Invariant($"y {Extreme(extent.MinY, extent.MaxY)} is not a latitude: the file holds projected metres but declares EPSG:{crs.Epsg}");
        }

        if (VietnamBounds.Contains(extent))
        {
            return null;
        }

        return Invariant($"extent lon {Range(extent.MinX, extent.MaxX)}, lat {Range(extent.MinY, extent.MaxY)} is not within Vietnam ({VietnamBounds.Text}), declared as EPSG:{crs.Epsg}");
    }

    private static string? CheckGrid(Envelope extent, CrsDefinition crs)
    {
        var label = $"EPSG:{crs.Epsg} ({crs.Name})";
        if (Math.Max(Math.Abs(extent.MinX), Math.Abs(extent.MaxX)) <= 180 && Math.Max(Math.Abs(extent.MinY), Math.Abs(extent.MaxY)) <= 90)
        {
            return Invariant($"x {Range(extent.MinX, extent.MaxX)}, y {Range(extent.MinY, extent.MaxY)} are degrees, not metres: the file holds longitude/latitude but declares {label}");
        }

        var lonLat = ToLonLat(extent, crs.Epsg);
        if (lonLat is not null && VietnamBounds.Contains(lonLat))
        {
            return null;
        }

        var metres = Invariant($"x {Metres(extent.MinX)}–{Metres(extent.MaxX)}, y {Metres(extent.MinY)}–{Metres(extent.MaxY)}");
        if (ToLonLat(Swapped(extent), crs.Epsg) is { } swapped && VietnamBounds.Contains(swapped))
        {
            return $"{metres} look like northing and easting swapped for {label}: x must be the easting";
        }

        return lonLat is null
            ? $"{metres} is outside the range of {label}: the grid gives no position there (wrong CRS?)"
            : Invariant($"{metres} lands at lon {Range(lonLat.MinX, lonLat.MaxX)}, lat {Range(lonLat.MinY, lonLat.MaxY)} under {label}, outside Vietnam ({VietnamBounds.Text}): wrong zone or central meridian?");
    }

    /// <summary>The lon/lat extent of a grid of points over the projected extent, or null where the grid gives no position.</summary>
    private static Envelope? ToLonLat(Envelope extent, int epsg)
    {
        Span<double> xy = stackalloc double[2 * SamplesPerSide * SamplesPerSide];
        for (var i = 0; i < SamplesPerSide; i++)
        {
            for (var j = 0; j < SamplesPerSide; j++)
            {
                var k = 2 * ((i * SamplesPerSide) + j);
                xy[k] = extent.MinX + (extent.Width * i / (SamplesPerSide - 1));
                xy[k + 1] = extent.MinY + (extent.Height * j / (SamplesPerSide - 1));
            }
        }

        LonLatTransform.For(epsg).ToLonLatInPlace(xy, 2);
        var lonLat = new Envelope();
        for (var k = 0; k < xy.Length; k += 2)
        {
            if (!double.IsFinite(xy[k]) || !double.IsFinite(xy[k + 1]))
            {
                return null;
            }

            lonLat.ExpandToInclude(xy[k], xy[k + 1]);
        }

        return lonLat;
    }

    private static Envelope Swapped(Envelope e) => new(e.MinY, e.MaxY, e.MinX, e.MaxX);

    private static string Extreme(double min, double max) =>
        Math.Abs(max) >= Math.Abs(min) ? "up to " + Metres(max) : "down to " + Metres(min);

    private static string Range(double min, double max) => Invariant($"{min:0.####}–{max:0.####}");

    private static string Metres(double value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
