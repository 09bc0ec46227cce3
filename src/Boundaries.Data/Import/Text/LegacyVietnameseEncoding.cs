namespace Boundaries.Data.Import.Text;

/// <summary>The pre-Unicode 8-bit Vietnamese encodings that still turn up in shapefiles.</summary>
internal enum LegacyVietnameseEncoding
{
    /// <summary>None detected: the text is Unicode or plain ASCII.</summary>
    None,

    /// <summary>TCVN3 (ABC, TCVN 5712:1993 VN3), .VnTime fonts.</summary>
    Tcvn3,

    /// <summary>VNI-Windows (VNI-Times fonts): a base letter followed by a separate diacritic byte.</summary>
    Vni,
}
