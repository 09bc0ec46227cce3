namespace Boundaries.Web.Display;

/// <summary>One unit as the map draws it: its display shape and the figures shown on hover.</summary>
/// <param name="Code">GSO code, or "unassigned-N" for a polygon that belongs to no current unit.</param>
/// <param name="Name">Full name with type ("Phường 3").</param>
/// <param name="Level">"commune", "district" or "unassigned".</param>
/// <param name="Shape">The display-simplified shape; null when the unit has no polygon.</param>
public sealed record UnitFeature(string Code, string Name, string Level, Geometry? Shape)
{
    /// <summary>The unit type's slug ("phuong").</summary>
    public string? Type { get; init; }

    /// <summary>The unit type in Vietnamese ("Phường").</summary>
    public string? TypeName { get; init; }

    /// <summary>The parent's code.</summary>
    public string? ParentCode { get; init; }

    /// <summary>The parent's full name.</summary>
    public string? ParentName { get; init; }

    /// <summary>Natural area used by the evaluation, km² (measured on the ellipsoid from the full polygon, or official).</summary>
    public double? AreaKm2 { get; init; }

    /// <summary>Population used by the evaluation.</summary>
    public long? Population { get; init; }

    /// <summary>Area in per cent of the area standard.</summary>
    public double? AreaPercent { get; init; }

    /// <summary>Population in per cent of the population standard.</summary>
    public double? PopulationPercent { get; init; }

    /// <summary>The standing against the standards.</summary>
    public UnitStatus Status { get; init; } = UnitStatus.Of(null);

    /// <summary>The arrangement rules matched, as cited.</summary>
    public string? Rule { get; init; }

    /// <summary>True when the scenario changed the unit.</summary>
    public bool Changed { get; init; }

    /// <summary>True when a declared figure (no published polygon) is part of the unit's area or population.</summary>
    public bool Declared { get; init; }

    /// <summary>A point inside the shape where the name is written.</summary>
    public Coordinate? LabelAt { get; init; }

    /// <summary>Why the unit has no polygon, or what an unassigned polygon is.</summary>
    public string? Note { get; init; }
}
