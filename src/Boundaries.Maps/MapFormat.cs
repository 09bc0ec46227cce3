namespace Boundaries.Maps;

/// <summary>The file formats a map is written in.</summary>
public enum MapFormat
{
    /// <summary>A raster image at the requested resolution, with its resolution recorded (pHYs).</summary>
    Png,

    /// <summary>A vector PDF page with embedded fonts and real text.</summary>
    Pdf,

    /// <summary>A vector SVG drawing with text elements, for the web.</summary>
    Svg,
}
