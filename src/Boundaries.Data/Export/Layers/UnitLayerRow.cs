using NetTopologySuite.Geometries;

namespace Boundaries.Data.Export.Layers;

/// <summary>One feature of an exported layer: a unit's polygon (or none) and its values in the order of <see cref="UnitLayer.Fields"/>.</summary>
/// <param name="Geometry">The polygon in lon/lat (SRID 4326), or null when the unit has none.</param>
/// <param name="Values">A string, long, double, bool or null per field.</param>
public sealed record UnitLayerRow(Geometry? Geometry, IReadOnlyList<object?> Values)
{
    /// <summary>The value of a field by name.</summary>
    public object? this[UnitLayer layer, string field]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(layer);
            var index = layer.Fields.ToList().FindIndex(f => f.Name == field);
            return index < 0 ? throw new KeyNotFoundException($"No field '{field}'.") : Values[index];
        }
    }
}
