namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>Stable least-significant-digit radix sort of non-negative longs, in 11-bit digits.</summary>
/// <remarks>
/// The grid entries of the tolerant pass are millions of keys with about 50 significant bits; five counting passes sort
/// them in a fraction of the time of a comparison sort, and the result does not depend on the machine.
/// </remarks>
internal static class RadixSort
{
    private const int DigitBits = 11;
    private const int Radix = 1 << DigitBits;

    /// <summary>Sorts the keys in place; all must be non-negative.</summary>
    public static void Sort(long[] keys)
    {
        var max = 0L;
        foreach (var key in keys)
        {
            max = Math.Max(max, key);
        }

        var source = keys;
        var target = new long[keys.Length];
        var counts = new int[Radix];
        for (var shift = 0; shift < 64 && (max >> shift) > 0; shift += DigitBits)
        {
            Array.Clear(counts);
            foreach (var key in source)
            {
                counts[(int)((key >> shift) & (Radix - 1))]++;
            }

            var sum = 0;
            for (var d = 0; d < Radix; d++)
            {
                (counts[d], sum) = (sum, sum + counts[d]);
            }

            foreach (var key in source)
            {
                target[counts[(int)((key >> shift) & (Radix - 1))]++] = key;
            }

            (source, target) = (target, source);
        }

        if (!ReferenceEquals(source, keys))
        {
            Array.Copy(source, keys, keys.Length);
        }
    }
}
