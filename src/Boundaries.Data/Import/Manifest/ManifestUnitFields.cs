namespace Boundaries.Data.Import.Manifest;

/// <summary>Columns of a unit list: either one row per commune with its district in extra columns, or one row per unit with a parent column.</summary>
public sealed record ManifestUnitFields : ManifestPart
{
    /// <summary>Column of the unit code.</summary>
    public required string Code { get; init; }

    /// <summary>Column of the unit name (with or without type prefix).</summary>
    public required string Name { get; init; }

    /// <summary>Column of the unit type ("Xã", "Phường", "Thị trấn"); without it the type is read from the name prefix.</summary>
    public string? Type { get; init; }

    /// <summary>Column of the parent code, for lists with one row per unit of any level.</summary>
    public string? Parent { get; init; }

    /// <summary>Column of the district code, for lists with one row per commune.</summary>
    public string? DistrictCode { get; init; }

    /// <summary>Column of the district name.</summary>
    public string? DistrictName { get; init; }

    /// <summary>Column of the district type ("Huyện", "Thị xã", "Thành phố", "Quận").</summary>
    public string? DistrictType { get; init; }
}
