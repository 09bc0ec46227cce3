using System.Text;

namespace Boundaries.Data.Import.Text;

/// <summary>Converts text in TCVN3 (the "ABC" 8-bit Vietnamese encoding of TCVN 5712:1993, table VN3) to Unicode.</summary>
/// <remarks>
/// The table is the national standard TCVN 5712:1993 "Công nghệ thông tin — Bộ mã chuẩn 8-bit kí tự Việt dùng
/// trong trao đổi thông tin", whose table VN3 (the one the .VnTime fonts use) agrees with table VN1 on bytes
/// 0xA0–0xFF. The values below are those bytes as transcribed in the GNU C Library's charmap
/// localedata/charmaps/TCVN5712-1 (aliases TCVN, TCVN-5712, TCVN5712-1:1993). Bytes below 0xA0 are left as they are:
/// VN3 leaves them to ASCII and control codes. Text in TCVN3 fonts has no separate upper-case tone letters
/// (the ".VnTimeH" fonts draw the lower-case codes as capitals), so such names come out in lower case.
/// </remarks>
internal static class Tcvn3
{
    private static readonly char[] HighHalf =
    [
        /* 0xA0 */ '\u00A0', '\u0102', '\u00C2', '\u00CA', '\u00D4', '\u01A0', '\u01AF', '\u0110',
        /* 0xA8 */ '\u0103', '\u00E2', '\u00EA', '\u00F4', '\u01A1', '\u01B0', '\u0111', '\u1EB0',
        /* 0xB0 */ '\u0300', '\u0309', '\u0303', '\u0301', '\u0323', '\u00E0', '\u1EA3', '\u00E3',
        /* 0xB8 */ '\u00E1', '\u1EA1', '\u1EB2', '\u1EB1', '\u1EB3', '\u1EB5', '\u1EAF', '\u1EB4',
        /* 0xC0 */ '\u1EAE', '\u1EA6', '\u1EA8', '\u1EAA', '\u1EA4', '\u1EC0', '\u1EB7', '\u1EA7',
        /* 0xC8 */ '\u1EA9', '\u1EAB', '\u1EA5', '\u1EAD', '\u00E8', '\u1EC2', '\u1EBB', '\u1EBD',
        /* 0xD0 */ '\u00E9', '\u1EB9', '\u1EC1', '\u1EC3', '\u1EC5', '\u1EBF', '\u1EC7', '\u00EC',
        /* 0xD8 */ '\u1EC9', '\u1EC4', '\u1EBE', '\u1ED2', '\u0129', '\u00ED', '\u1ECB', '\u00F2',
        /* 0xE0 */ '\u1ED4', '\u1ECF', '\u00F5', '\u00F3', '\u1ECD', '\u1ED3', '\u1ED5', '\u1ED7',
        /* 0xE8 */ '\u1ED1', '\u1ED9', '\u1EDD', '\u1EDF', '\u1EE1', '\u1EDB', '\u1EE3', '\u00F9',
        /* 0xF0 */ '\u1ED6', '\u1EE7', '\u0169', '\u00FA', '\u1EE5', '\u1EEB', '\u1EED', '\u1EEF',
        /* 0xF8 */ '\u1EE9', '\u1EF1', '\u1EF3', '\u1EF7', '\u1EF9', '\u00FD', '\u1EF5', '\u1ED0',
    ];

    /// <summary>Decodes TCVN3 bytes to Unicode (NFC).</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            sb.Append(b >= 0xA0 ? HighHalf[b - 0xA0] : (char)b);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Decodes text whose characters are TCVN3 bytes read one-to-one as Latin-1 (how a legacy DBF or a careless conversion presents them).</summary>
    public static string FromLatin1(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= '\u00A0' and <= '\u00FF' ? HighHalf[c - 0xA0] : c);
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
