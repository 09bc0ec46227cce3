namespace Boundaries.Maps.Drawing;

/// <summary>The faces of DejaVu Sans a map uses.</summary>
internal enum FontFace
{
    /// <summary>Regular: commune names, legend text.</summary>
    Regular,

    /// <summary>Bold: title, district names, headings.</summary>
    Bold,

    /// <summary>Oblique: names of the grey context around a district map.</summary>
    Oblique,
}
