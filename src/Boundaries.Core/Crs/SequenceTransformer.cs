using System.Buffers;
using NetTopologySuite.Geometries.Implementation;
using ProjNet.CoordinateSystems.Transformations;

namespace Boundaries.Core.Crs;

/// <summary>Runs a ProjNET transform over whole coordinate sequences in place, one bulk call per sequence.</summary>
internal static class SequenceTransformer
{
    /// <summary>Transforms x and y of interleaved ordinates with the given number of ordinates per point.</summary>
    public static void TransformInterleaved(MathTransform transform, Span<double> ordinates, int dimension)
    {
        var count = ordinates.Length / dimension;
        if (count == 0)
        {
            return;
        }

        // Both spans must hold exactly `count` strided values for ProjNET's length check.
        var length = ((count - 1) * dimension) + 1;

        // ProjNET 2.0.0's 2D span overload gives every point one shared height slot (stride 0), so the height
        // the datum shift leaves on one point enters the next: the same vertex then lands up to ~0.05 mm
        // apart depending on its neighbours, and shared vertices of adjacent polygons stop coinciding.
        // A zeroed height per point keeps every point independent and equal to the single-point result.
        var heights = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var zs = heights.AsSpan(0, count);
            zs.Clear();
            transform.Transform(ordinates[..length], ordinates.Slice(1, length), zs, dimension, dimension, 1);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(heights);
        }
    }

    /// <summary>Transforms x and y of a coordinate sequence the caller owns.</summary>
    public static void Transform(CoordinateSequence sequence, MathTransform transform)
    {
        var count = sequence.Count;
        if (count == 0)
        {
            return;
        }

        if (sequence is PackedDoubleCoordinateSequence packed)
        {
            TransformInterleaved(transform, packed.GetRawCoordinates(), packed.Dimension);
            packed.ReleaseCoordinateArray();
            return;
        }

        var buffer = ArrayPool<double>.Shared.Rent(2 * count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                buffer[2 * i] = sequence.GetX(i);
                buffer[(2 * i) + 1] = sequence.GetY(i);
            }

            TransformInterleaved(transform, buffer.AsSpan(0, 2 * count), 2);
            for (var i = 0; i < count; i++)
            {
                sequence.SetX(i, buffer[2 * i]);
                sequence.SetY(i, buffer[(2 * i) + 1]);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }
}
