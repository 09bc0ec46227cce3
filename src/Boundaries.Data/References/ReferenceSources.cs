namespace Boundaries.Data.References;

/// <summary>The reference layers of a project: the lines of the other baseline, the province outline and the seats, read from the bundled data when asked.</summary>
/// <remarks>
/// A project with districts (before 1 July 2025) is shown the units of 2025 over it; a two-tier project (2025) is shown
/// the communes and districts before the arrangement, which the bundled data has only as the national layer of
/// c. 2013. Nothing is drawn that the data does not have: no bundled source locates the seats (the 2025 unit list
/// names them, with no position), so that layer is listed as unavailable.
/// </remarks>
public sealed class ReferenceSources
{
    /// <summary>The id of the layer of the other baseline's communes and districts.</summary>
    public const string OtherBaseline = "other-baseline";

    /// <summary>The id of the province outline.</summary>
    public const string Province = "province";

    /// <summary>The id of the seats (trụ sở) of the units.</summary>
    public const string Seats = "seats";

    private readonly AdminMap _map;
    private readonly string? _boundaries;

    /// <summary>The layers of <paramref name="map"/>, read from <paramref name="boundariesFolder"/> (the folder holding vietnam-c2013 and vietnam-2025), or from the map alone when null.</summary>
    public ReferenceSources(AdminMap map, string? boundariesFolder)
    {
        ArgumentNullException.ThrowIfNull(map);
        _map = map;
        _boundaries = boundariesFolder;
    }

    /// <summary>The layers as the layer control lists them, cheap: no shape is read.</summary>
    public IReadOnlyList<ReferenceEntry> Entries =>
    [
        HasDistricts
            ? new(OtherBaseline, LaterUnits.Label, HasProvince && LaterUnits.Exists(_boundaries))
            : new(OtherBaseline, EarlierCommunes.Label, HasProvince && EarlierCommunes.Exists(_boundaries)),
        new(Province, ProvinceOutline.Label(_map, _boundaries), true),
        new(Seats, "Trụ sở UBND (Chưa có dữ liệu trụ sở)", false),
    ];

    /// <summary>Reads the layer <paramref name="id"/>; null for an unknown id or a layer the data does not have.</summary>
    public ReferenceLayer? Load(string id)
    {
        var entry = Entries.FirstOrDefault(e => e.Id == id && e.Available);
        return entry?.Id switch
        {
            OtherBaseline when HasDistricts => LaterUnits.Read(_map, _boundaries!),
            OtherBaseline => EarlierCommunes.Read(_map, _boundaries!),
            Province => ProvinceOutline.Read(_map, _boundaries),
            _ => null,
        };
    }

    private bool HasDistricts => _map.Districts.Any();

    private bool HasProvince => _map.Provinces.Any();
}
