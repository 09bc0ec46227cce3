using NetTopologySuite.Geometries;
using SkiaSharp;

namespace Boundaries.Maps.Layout;

/// <summary>Maps display-CRS metres onto a panel frame at a fixed scale: x to the right, northing up.</summary>
/// <param name="Frame">The panel's map frame in points.</param>
/// <param name="Centre">The ground point at the frame's centre, in metres.</param>
/// <param name="ScaleDenominator">The map scale's denominator.</param>
internal sealed record MapView(SKRect Frame, Coordinate Centre, int ScaleDenominator)
{
    /// <summary>Points per ground metre.</summary>
    public double PointsPerMeter => MapScale.PointsPerMeter(ScaleDenominator);

    /// <summary>The page position of a ground point.</summary>
    public SKPoint ToPage(double x, double y) => new(
        (float)(Frame.MidX + ((x - Centre.X) * PointsPerMeter)),
        (float)(Frame.MidY - ((y - Centre.Y) * PointsPerMeter)));

    /// <summary>The ground point under a page position.</summary>
    public Coordinate ToGround(double px, double py) => new(
        Centre.X + ((px - Frame.MidX) / PointsPerMeter),
        Centre.Y - ((py - Frame.MidY) / PointsPerMeter));
}
