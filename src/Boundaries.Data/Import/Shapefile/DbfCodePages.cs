using System.Text;

namespace Boundaries.Data.Import.Shapefile;

/// <summary>Finds the encoding a shapefile declares: an explicit option, the .cpg (or .cst) file, or the DBF language-driver byte.</summary>
internal static class DbfCodePages
{
    // ESRI, "Language driver IDs and code pages" (support.esri.com technical article 000013192):
    // byte 29 of the dBASE header. 0x57 means "the system's ANSI code page", which says nothing here.
    private static readonly Dictionary<byte, int> LanguageDrivers = new()
    {
        [0x01] = 437, [0x02] = 850, [0x03] = 0, [0x57] = 0, [0x58] = 1252, [0x59] = 1252,
        [0x64] = 852, [0x65] = 866, [0x13] = 932, [0x7B] = 932, [0x4D] = 936, [0x7A] = 936,
        [0x4E] = 949, [0x79] = 949, [0x4F] = 950, [0x78] = 950, [0x50] = 874, [0x7C] = 874,
        [0xC8] = 1250, [0xC9] = 1251, [0xCA] = 1254, [0xCB] = 1253, [0xCC] = 1257,
    };

    static DbfCodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The declared encoding, or null when the shapefile declares none.</summary>
    public static DbfDeclaredEncoding? Declared(string dbfPath, string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return FromName(option, "option") ?? throw new InputDataException(dbfPath, $"unknown encoding '{option}'");
        }

        foreach (var ext in new[] { ".cpg", ".cst" })
        {
            var sidecar = Path.ChangeExtension(dbfPath, ext);
            if (File.Exists(sidecar) && File.ReadAllText(sidecar).Trim() is { Length: > 0 } name)
            {
                return FromName(name, ext) ?? throw new InputDataException(sidecar, $"unknown code page '{name}'");
            }
        }

        var ldid = LanguageDriverOf(dbfPath);
        return ldid is { } id && LanguageDrivers.TryGetValue(id, out var codePage) && codePage != 0
            ? new DbfDeclaredEncoding(Encoding.GetEncoding(codePage), codePage.ToString(), $"DBF language driver 0x{id:X2}")
            : null;
    }

    /// <summary>The encoding a name denotes: a code page number, a .NET/IANA name, or "tcvn3"/"abc"/"vni".</summary>
    public static DbfDeclaredEncoding? FromName(string name, string origin)
    {
        var key = name.Trim();
        var folded = key.Replace("-", "").Replace("_", "").Replace(" ", "").ToLowerInvariant();
        if (folded is "tcvn3" or "tcvn" or "abc" or "tcvn5712" or "vn3")
        {
            return new DbfDeclaredEncoding(null, "TCVN3", origin, Legacy: true);
        }

        if (folded is "vni" or "vniwindows" or "vniwin")
        {
            return new DbfDeclaredEncoding(null, "VNI", origin, Legacy: true);
        }

        if (folded is "utf8" or "65001")
        {
            return new DbfDeclaredEncoding(new UTF8Encoding(false, true), "UTF-8", origin);
        }

        // ESRI writes "ANSI 1252"; GDAL and QGIS write "1258", "CP1258" or "windows-1258".
        var digits = new string(key.Where(char.IsDigit).ToArray());
        if (digits.StartsWith("8859", StringComparison.Ordinal) && digits.Length > 4 && !folded.StartsWith("iso", StringComparison.Ordinal))
        {
            // ESRI writes ISO 8859-n as "8859n".
            key = "iso-8859-" + digits[4..];
            folded = "iso";
        }

        try
        {
            var encoding = folded.StartsWith("iso", StringComparison.Ordinal) || digits.Length == 0 || digits.Length > 5
                ? Encoding.GetEncoding(key)
                : Encoding.GetEncoding(int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));
            return new DbfDeclaredEncoding(encoding, key, origin);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static byte? LanguageDriverOf(string dbfPath)
    {
        using var stream = new FileStream(dbfPath, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> header = stackalloc byte[32];
        return stream.Read(header) == 32 ? header[29] : null;
    }
}
