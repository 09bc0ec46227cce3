using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Implementation;

namespace Boundaries.Data.Import.GeoJson;

/// <summary>What the GeoJSON reader builds: its geometry factory and the properties it keeps.</summary>
/// <param name="Factory">Factory for the geometries; its coordinate sequence factory decides the storage.</param>
/// <param name="PropertyNames">Properties to keep (case-sensitive); null keeps every property.</param>
internal sealed record GeoJsonReadOptions(GeometryFactory Factory, IReadOnlySet<string>? PropertyNames = null)
{
    /// <summary>What the import reads: every property, geometries with SRID 0 until the layer's CRS is decided.</summary>
    public static GeoJsonReadOptions Import { get; } = new(new GeometryFactory(new PrecisionModel(), 0));

    /// <summary>
    /// A factory for lon/lat geometries (SRID 4326) whose coordinates are packed double arrays, the
    /// compact storage for national layers (16 bytes a vertex instead of an object per vertex).
    /// </summary>
    public static GeometryFactory PackedLonLatFactory { get; } =
        new(new PrecisionModel(), 4326, PackedCoordinateSequenceFactory.DoubleFactory);

    /// <summary>Packed lon/lat geometries and only the named properties.</summary>
    public static GeoJsonReadOptions Keeping(params string[] propertyNames) =>
        new(PackedLonLatFactory, new HashSet<string>(propertyNames, StringComparer.Ordinal));
}
