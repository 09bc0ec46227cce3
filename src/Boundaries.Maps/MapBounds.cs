using System.Globalization;
using Boundaries.Core.Formatting;
using NetTopologySuite.Geometries;

namespace Boundaries.Maps;

/// <summary>A rectangle of longitude and latitude (WGS 84) to map: the view a planner has on screen, or one given on the command line.</summary>
/// <param name="West">Western longitude, degrees.</param>
/// <param name="South">Southern latitude, degrees.</param>
/// <param name="East">Eastern longitude, degrees.</param>
/// <param name="North">Northern latitude, degrees.</param>
public sealed record MapBounds(double West, double South, double East, double North)
{
    /// <summary>The rectangle as an NTS envelope, x = longitude.</summary>
    public Envelope Envelope => new(West, East, South, North);

    /// <summary>Reads "west,south,east,north" in decimal degrees with a dot; null when the text is not four numbers of a rectangle within lon/lat range.</summary>
    public static MapBounds? Parse(string? text)
    {
        var parts = (text ?? "").Split(',', StringSplitOptions.TrimEntries);
        var values = new double[4];
        if (parts.Length != 4 || !parts.Select((p, i) => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i])).All(ok => ok))
        {
            return null;
        }

        var bounds = new MapBounds(values[0], values[1], values[2], values[3]);
        return bounds.West < bounds.East && bounds.South < bounds.North && bounds.West >= -180 && bounds.East <= 180 && bounds.South >= -90 && bounds.North <= 90
            ? bounds
            : null;
    }

    /// <summary>Whether a lon/lat polygon shows inside the rectangle.</summary>
    public bool Shows(Geometry lonLat)
    {
        ArgumentNullException.ThrowIfNull(lonLat);
        return lonLat.EnvelopeInternal.Intersects(Envelope) && lonLat.Intersects(lonLat.Factory.ToGeometry(Envelope));
    }

    /// <summary>The area in words for a title, short enough for one line: "khu vực 106,30–106,36° Đông, 9,92–9,97° Bắc".</summary>
    public string Place()
    {
        var vi = VietnameseFormat.Culture;
        return string.Create(vi, $"khu vực {West:0.00}–{East:0.00}° Đông, {South:0.00}–{North:0.00}° Bắc");
    }
}
