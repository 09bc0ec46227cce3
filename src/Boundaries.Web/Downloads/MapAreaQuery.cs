using Boundaries.Maps;

namespace Boundaries.Web.Downloads;

/// <summary>The part of the map a map download shows, from the query: <c>?district=842</c>, <c>?bbox=W,S,E,N</c> (the view on screen), <c>?units=29242,29245&amp;neighbours=true</c> (the selection).</summary>
/// <param name="District">A district's code, or null.</param>
/// <param name="Bbox">west,south,east,north in degrees, or null.</param>
/// <param name="Units">Commune codes separated by commas, or null.</param>
/// <param name="Neighbours">Whether the communes touching the selection are mapped with it.</param>
public sealed record MapAreaQuery(string? District, string? Bbox, string? Units, bool? Neighbours)
{
    /// <summary>True when the query asks for part of the map.</summary>
    public bool IsPartial => District is not null || Bbox is not null || Units is not null;

    /// <summary>The district and the area on the maps of the sheet's panels; a code not in them or a bad rectangle is a 400 problem in Vietnamese.</summary>
    public (UnitCode? District, MapArea Area) Resolve(IReadOnlyList<AdminMap> maps)
    {
        ArgumentNullException.ThrowIfNull(maps);
        UnitCode? district = null;
        if (District is { } text)
        {
            district = new UnitCode(text.Trim());
            if (!maps.All(m => m.Find(district.Value) is { Level: UnitLevel.District }))
            {
                throw Bad($"Không có đơn vị hành chính cấp huyện mã \"{text}\" trong bản đồ.");
            }
        }

        var codes = (Units ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => new UnitCode(c)).Distinct().ToList();
        if (codes.FirstOrDefault(c => !maps.Any(m => m.Find(c) is { Level: UnitLevel.Commune })) is { Value: not null } unknown)
        {
            throw Bad($"Không có đơn vị hành chính cấp xã mã \"{unknown.Value}\" trong bản đồ.");
        }

        var bounds = Bbox is null ? null : MapBounds.Parse(Bbox) ?? throw Bad($"Khung bản đồ \"{Bbox}\" không hợp lệ: cần kinh độ tây, vĩ độ nam, kinh độ đông, vĩ độ bắc.");
        if (bounds is not null && !maps.Any(m => m.Communes.Any(c => c.Geometry is { } g && bounds.Shows(g))))
        {
            throw Bad("Khung bản đồ không chứa đơn vị hành chính cấp xã nào.");
        }

        return (district, MapArea.Of(maps, codes, Neighbours == true, bounds));
    }

    private static PlannerProblem Bad(string detail) =>
        new(StatusCodes.Status400BadRequest, "map-area-invalid", "Phạm vi bản đồ không hợp lệ", detail);
}
