using System.Buffers.Binary;

namespace Boundaries.Maps.Output;

/// <summary>Records a PNG's print resolution in a pHYs chunk, so that an A4 map at 300 dpi prints at A4 size.</summary>
/// <remarks>PNG 1.2 §4.2.4.2: pHYs holds pixels per unit on x and y (4 bytes each, big-endian) and a unit byte (1 = metre); it must come before the first IDAT.</remarks>
internal static class PngResolution
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>The PNG bytes with a pHYs chunk for <paramref name="dpi"/> inserted after IHDR.</summary>
    public static byte[] WithDpi(byte[] png, int dpi)
    {
        // Signature (8 bytes), then IHDR: length (4), type (4), 13 data bytes, CRC (4).
        const int afterIhdr = 8 + 4 + 4 + 13 + 4;
        if (png.Length < afterIhdr || png[12] != 'I' || png[13] != 'H' || png[14] != 'D' || png[15] != 'R')
        {
            throw new InvalidDataException("Not a PNG with IHDR first.");
        }

        var perMetre = (uint)Math.Round(dpi / 0.0254);
        var chunk = new byte[4 + 4 + 9 + 4];
        BinaryPrimitives.WriteUInt32BigEndian(chunk, 9);
        "pHYs"u8.CopyTo(chunk.AsSpan(4));
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8), perMetre);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(12), perMetre);
        chunk[16] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(17), Crc(chunk.AsSpan(4, 13)));

        var result = new byte[png.Length + chunk.Length];
        png.AsSpan(0, afterIhdr).CopyTo(result);
        chunk.CopyTo(result.AsSpan(afterIhdr));
        png.AsSpan(afterIhdr).CopyTo(result.AsSpan(afterIhdr + chunk.Length));
        return result;
    }

    // The CRC-32 of PNG 1.2 Annex D (ISO 3309), over chunk type and data.
    private static uint Crc(ReadOnlySpan<byte> bytes)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        }

        return c ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
