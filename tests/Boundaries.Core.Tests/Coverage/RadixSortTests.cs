using Boundaries.Core.Coverage.Neighbours;
using CsCheck;

namespace Boundaries.Core.Tests.Coverage;

public sealed class RadixSortTests
{
    [Fact]
    public void Sort_AnyNonNegativeLongs_SameOrderAsArraySort()
    {
        Gen.Long[0, long.MaxValue].Array[0, 500].Sample(keys =>
        {
            var expected = keys.ToArray();
            Array.Sort(expected);

            RadixSort.Sort(keys);

            Assert.Equal(expected, keys);
        });
    }

    [Fact]
    public void Sort_SmallKeys_SortedInPlace()
    {
        long[] keys = [5, 3, 2047, 2048, 0, 3];

        RadixSort.Sort(keys);

        Assert.Equal([0, 3, 3, 5, 2047, 2048], keys);
    }
}
