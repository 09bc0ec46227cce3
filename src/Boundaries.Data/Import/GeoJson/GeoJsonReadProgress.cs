namespace Boundaries.Data.Import.GeoJson;

/// <summary>How far the reading of a GeoJSON file has come.</summary>
/// <param name="BytesRead">Bytes of the file consumed so far.</param>
/// <param name="BytesTotal">Size of the file in bytes.</param>
/// <param name="Features">Features read so far.</param>
internal sealed record GeoJsonReadProgress(long BytesRead, long BytesTotal, int Features);
