using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Units;

/// <summary>An administrative unit (đơn vị hành chính): a province, district or commune with its figures and, when known, its polygon.</summary>
/// <remarks>Geometry is lon/lat on WGS 84 (SRID 4326), x = longitude. Areas are measured on the ellipsoid, never in degrees.</remarks>
public sealed record AdminUnit
{
    private readonly Geometry? _geometry;

    /// <summary>The GSO code.</summary>
    public required UnitCode Code { get; init; }

    /// <summary>The name without the type prefix, as GSO writes it ("Phường 3", "Long Đức", "Trà Vinh").</summary>
    public required string Name { get; init; }

    /// <summary>The unit type.</summary>
    public required UnitType Type { get; init; }

    /// <summary>The tier, derived from the type.</summary>
    public UnitLevel Level => Type.LevelOf();

    /// <summary>The code of the unit one level up; null for a province.</summary>
    public UnitCode? ParentCode { get; init; }

    /// <summary>The region class that selects the standard; <see cref="RegionClass.Unknown"/> until the dataset records it.</summary>
    public RegionClass Region { get; init; } = RegionClass.Unknown;

    /// <summary>Special factors and exemptions recorded for the unit, each with reason and source.</summary>
    public IReadOnlyList<SpecialFactor> SpecialFactors { get; init; } = [];

    /// <summary>The population figure used by default (the most recent with a source).</summary>
    public PopulationFigure? Population { get; init; }

    /// <summary>The population stated by an authority, when the dataset has one; evaluation uses it before <see cref="Population"/>.</summary>
    public OfficialPopulation? OfficialPopulation { get; init; }

    /// <summary>The number of people a total counts for this unit: its count, so that a total sums one vintage; the official figure when the dataset has no count (the 2025 declared figures); null without either.</summary>
    public long? People => Population?.Value ?? OfficialPopulation?.Value;

    /// <summary>The natural area stated by an authority, when the dataset has one.</summary>
    public OfficialArea? OfficialArea { get; init; }

    /// <summary>Measured reasons to doubt the unit's figures (a declared population far below the census of its predecessors, …).</summary>
    public IReadOnlyList<FigureDoubt> Doubts { get; init; } = [];

    /// <summary>Why the unit has no polygon, when <see cref="Geometry"/> is null.</summary>
    public string? GeometryNote { get; init; }

    /// <summary>The polygon in lon/lat (SRID 4326), or null when the sources have none.</summary>
    public Geometry? Geometry
    {
        get => _geometry;
        init
        {
            _geometry = value;
            GeodesicAreaKm2 = value is null ? null : EllipsoidalMeasure.AreaKm2(value);
        }
    }

    /// <summary>Whether the unit has a polygon.</summary>
    public GeometryStatus GeometryStatus => _geometry is null ? GeometryStatus.Missing : GeometryStatus.Present;

    /// <summary>Natural area of the polygon on the WGS 84 ellipsoid in km²; null without a polygon.</summary>
    public double? GeodesicAreaKm2 { get; private init; }

    /// <summary>The full name with its type ("Phường 3", "Xã Long Đức", "Thành phố Trà Vinh").</summary>
    public string FullName =>
        Name.StartsWith(Type.NamePrefix(), StringComparison.OrdinalIgnoreCase) ? Name : $"{Type.NamePrefix()} {Name}";

    /// <inheritdoc />
    public override string ToString() => $"{Code} {FullName}";
}
