namespace Boundaries.Maps.Styling;

/// <summary>Class limits for a population map: the quintiles of the values, rounded to two significant digits so the legend reads "8.000 – dưới 12.000".</summary>
internal static class PopulationBreaks
{
    /// <summary>Up to four ascending, distinct limits; none for fewer than five values.</summary>
    public static IReadOnlyList<long> Of(IReadOnlyCollection<long> populations)
    {
        if (populations.Count < 5)
        {
            return [];
        }

        var sorted = populations.Order().ToArray();
        var breaks = new SortedSet<long>();
        for (var q = 1; q <= 4; q++)
        {
            var value = sorted[(int)Math.Floor(q * (sorted.Length - 1) / 5.0)];
            breaks.Add(RoundTwoDigits(value));
        }

        return breaks.Where(b => b > sorted[0]).ToList();
    }

    private static long RoundTwoDigits(long value)
    {
        if (value < 100)
        {
            return value;
        }

        var unit = (long)Math.Pow(10, Math.Floor(Math.Log10(value)) - 1);
        return (long)Math.Round(value / (double)unit) * unit;
    }
}
