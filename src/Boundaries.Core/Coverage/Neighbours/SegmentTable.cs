namespace Boundaries.Core.Coverage.Neighbours;

/// <summary>An open-addressing hash table from a segment key (two packed end points) to the segment waiting for its twin.</summary>
/// <remarks>
/// Built for the exact pass, where millions of keys are each seen once or twice: one probe sequence per lookup, no
/// per-entry objects. A matched entry is marked consumed rather than removed, so that a third segment with the same key
/// (overlapping input) starts a new wait, as removing it would.
/// </remarks>
internal sealed class SegmentTable
{
    private const long Empty = 0;
    private const long Consumed = -1;
    private readonly Entry[] _entries;
    private readonly ulong _capacity;

    /// <summary>A table for about <paramref name="expected"/> keys.</summary>
    public SegmentTable(int expected)
    {
        _capacity = (ulong)Math.Max(16, (expected * 3L / 2) + 1);
        _entries = new Entry[_capacity];
    }

    /// <summary>The hash of a key, also used to pick the partition of the exact pass.</summary>
    public static ulong Hash(long from, long to)
    {
        // Quantized coordinates are highly regular; a multiplicative mix spreads them.
        var h = ((ulong)from * 0x9E3779B97F4A7C15UL) ^ ((ulong)to * 0xC2B2AE3D27D4EB4FUL);
        return h ^ (h >> 29);
    }

    /// <summary>Returns the waiting value for the key and marks it consumed; or stores <paramref name="value"/> (≥ 0) and returns −1.</summary>
    public long MatchOrAdd(long from, long to, ulong hash, long value)
    {
        // Multiply-shift maps the hash onto any capacity, so the table need not be a power of two.
        var i = (ulong)(((UInt128)(hash >> 32) * _capacity) >> 32);
        while (true)
        {
            ref var entry = ref _entries[i];
            var slot = entry.Slot;
            if (slot == Empty)
            {
                entry = new Entry { From = from, To = to, Slot = value + 1 };
                return -1;
            }

            if (entry.From == from && entry.To == to)
            {
                entry.Slot = slot == Consumed ? value + 1 : Consumed;
                return slot == Consumed ? -1 : slot - 1;
            }

            i = i + 1 == _capacity ? 0 : i + 1;
        }
    }

    // One entry per cache access: key and value side by side.
    private struct Entry
    {
        public long From;
        public long To;
        public long Slot;
    }
}
