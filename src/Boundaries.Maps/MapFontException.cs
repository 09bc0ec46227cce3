namespace Boundaries.Maps;

/// <summary>The fonts a map needs (DejaVu Sans, which covers Vietnamese) could not be found or read.</summary>
public sealed class MapFontException(string message) : Exception(message);
