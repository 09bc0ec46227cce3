namespace Boundaries.Data.Import.Manifest;

/// <summary>The province a dataset covers.</summary>
public sealed record ManifestProvince : ManifestPart
{
    /// <summary>The GSO province code, e.g. "84".</summary>
    public required string Code { get; init; }

    /// <summary>The name without type, e.g. "Trà Vinh".</summary>
    public required string Name { get; init; }

    /// <summary>"Tỉnh" or "Thành phố trực thuộc trung ương"; default "Tỉnh".</summary>
    public string Type { get; init; } = "Tỉnh";
}
