namespace Boundaries.Maps.Layout;

/// <summary>Chooses a round map scale (1:50.000, 1:75.000, 1:400.000 …) at which an extent fits a frame.</summary>
internal static class MapScale
{
    // The steps a printed map scale is rounded up to, per power of ten.
    private static readonly double[] Steps = [1, 1.2, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 7.5, 8, 9];

    /// <summary>The smallest round denominator at which <paramref name="widthMeters"/> × <paramref name="heightMeters"/> fits the frame (points).</summary>
    public static int Fit(double widthMeters, double heightMeters, double frameWidthPoints, double frameHeightPoints)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameWidthPoints);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(frameHeightPoints);
        var metresPerPoint = Math.Max(widthMeters / frameWidthPoints, heightMeters / frameHeightPoints);
        var exact = Math.Max(metresPerPoint * 1000 * Points.PerMillimetre, 1000);
        var power = Math.Pow(10, Math.Floor(Math.Log10(exact)));
        foreach (var step in Steps.Append(10))
        {
            if (step * power >= exact - 1e-6)
            {
                return (int)Math.Round(step * power);
            }
        }

        return (int)Math.Round(10 * power);
    }

    /// <summary>Points on paper per metre on the ground at a scale.</summary>
    public static double PointsPerMeter(int denominator) => 1000.0 * Points.PerMillimetre / denominator;
}
