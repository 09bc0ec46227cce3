using Boundaries.Core.Scenarios.Operations;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Scenarios;

/// <summary>Reads one operation of a scenario file; errors name the operation's number and kind and the field.</summary>
public static class OperationReader
{
    /// <summary>Reads one operation written as in a scenario file (the web planner's API sends them one at a time).</summary>
    /// <param name="operation">The operation object.</param>
    /// <param name="file">What to name the source in errors.</param>
    /// <exception cref="InputDataException">The operation is malformed; the message names the field.</exception>
    public static ScenarioOperation Read(JsonElement operation, string file) => Read(new ScenarioElement(operation, file, "", null), 1);

    internal static ScenarioOperation Read(ScenarioElement element, int number)
    {
        var kind = element.InOperation($"thao tác {number}").RequiredString("op");
        var e = element.InOperation($"thao tác {number} ({kind})");
        ScenarioOperation op = kind switch
        {
            "merge" => Merge(e),
            "transfer" => Transfer(e),
            "reassign" => Reassign(e),
            "establish" => Establish(e),
            "change-type" => ChangeType(e),
            "rename" => Rename(e),
            "dissolve" => Dissolve(e),
            _ => throw e.Required("op").Fail($"thao tác \"{kind}\" không được hỗ trợ; các thao tác hợp lệ: merge, transfer, reassign, establish, change-type, rename, dissolve"),
        };
        return op with { Note = e.OptionalString("note") };
    }

    private static MergeOperation Merge(ScenarioElement e)
    {
        e.OnlyFields("op", "note", "units", "into", "parent", "island");
        return new MergeOperation(Codes(e.Required("units")), NewUnit(e.Required("into")), e.Optional("parent") is { } p ? Code(p) : (UnitCode?)null)
        {
            Island = e.Optional("island")?.Boolean() ?? false,
        };
    }

    private static TransferOperation Transfer(ScenarioElement e)
    {
        e.OnlyFields("op", "note", "part", "to", "island");
        return new TransferOperation(Part(e.Required("part")), Code(e.Required("to"))) { Island = e.Optional("island")?.Boolean() ?? false };
    }

    private static ReassignOperation Reassign(ScenarioElement e)
    {
        e.OnlyFields("op", "note", "units", "to");
        return new ReassignOperation(Codes(e.Required("units")), Code(e.Required("to")));
    }

    private static EstablishOperation Establish(ScenarioElement e)
    {
        e.OnlyFields("op", "note", "unit", "parent", "units", "parts", "island");
        return new EstablishOperation(
            NewUnit(e.Required("unit")),
            Code(e.Required("parent")),
            e.Optional("units") is { } units ? Codes(units) : [],
            e.Optional("parts")?.Array().Select(Part).ToList() ?? [])
        {
            Island = e.Optional("island")?.Boolean() ?? false,
        };
    }

    private static ChangeTypeOperation ChangeType(ScenarioElement e)
    {
        e.OnlyFields("op", "note", "unit", "type");
        return new ChangeTypeOperation(Code(e.Required("unit")), Type(e.Required("type")));
    }

    private static RenameOperation Rename(ScenarioElement e)
    {
        e.OnlyFields("op", "note", "unit", "name");
        return new RenameOperation(Code(e.Required("unit")), e.RequiredString("name"));
    }

    private static DissolveOperation Dissolve(ScenarioElement e)
    {
        e.OnlyFields("op", "note", "unit", "into", "children_to", "island");
        var childrenTo = e.Optional("children_to")?.Properties().ToDictionary(p => new UnitCode(p.Name), p => Code(p.Value));
        return new DissolveOperation(Code(e.Required("unit")), Code(e.Required("into")), childrenTo) { Island = e.Optional("island")?.Boolean() ?? false };
    }

    private static UnitPart Part(ScenarioElement e)
    {
        e.OnlyFields("from", "name", "population", "polygon", "split_line", "point_inside", "declared");
        var given = new[] { "polygon", "split_line", "declared" }.Where(e.Has).ToList();
        if (given.Count != 1)
        {
            throw e.Fail("một phần điều chỉnh cần đúng một trong các trường \"polygon\", \"split_line\" (kèm \"point_inside\") hoặc \"declared\"");
        }

        PartShape shape = given[0] switch
        {
            "polygon" => new PolygonPart(Geometry(e.Required("polygon"), "Polygon", "MultiPolygon")),
            "split_line" => new SplitLinePart(Geometry(e.Required("split_line"), "LineString", "MultiLineString"), Point(e.Required("point_inside"))),
            _ => Declared(e.Required("declared")),
        };
        var population = e.Required("population");
        return new UnitPart(Code(e.Required("from")), shape, population.Integer() >= 0 ? population.Integer() : throw population.Fail("số dân chuyển theo không được âm"), e.OptionalString("name"));
    }

    private static DeclaredPart Declared(ScenarioElement e)
    {
        e.OnlyFields("area_km2", "source");
        var area = e.Required("area_km2");
        return new DeclaredPart(area.Number() > 0 ? area.Number() : throw area.Fail("diện tích công bố phải lớn hơn 0 km²"), e.OptionalString("source"));
    }

    private static NewUnitSpec NewUnit(ScenarioElement e)
    {
        e.OnlyFields("code", "name", "type", "seat");
        return new NewUnitSpec(Code(e.Required("code")), e.RequiredString("name"), Type(e.Required("type")), e.OptionalString("seat"));
    }

    private static UnitType Type(ScenarioElement e)
    {
        var text = e.String();
        return UnitTypes.TryParse(text, out var type)
            ? type
            : throw e.Fail($"loại đơn vị \"{text}\" không được hỗ trợ; các loại hợp lệ: {string.Join(", ", Enum.GetValues<UnitType>().Select(t => t.Slug()))}");
    }

    private static List<UnitCode> Codes(ScenarioElement e)
    {
        var codes = e.Array().Select(Code).ToList();
        return codes.Count > 0 ? codes : throw e.Fail("cần ít nhất một mã đơn vị");
    }

    private static UnitCode Code(ScenarioElement e)
    {
        var text = e.String();
        return text.All(char.IsAsciiDigit) ? new UnitCode(text) : throw e.Fail($"mã đơn vị chỉ gồm chữ số (mã thống kê, viết dưới dạng chuỗi), gặp \"{text}\"");
    }

    private static Coordinate Point(ScenarioElement e)
    {
        var xy = e.Array();
        if (xy.Count != 2)
        {
            throw e.Fail("cần [kinh độ, vĩ độ]");
        }

        var (lon, lat) = (xy[0].Number(), xy[1].Number());
        return lon is >= -180 and <= 180 && lat is >= -90 and <= 90 ? new Coordinate(lon, lat) : throw e.Fail("cần [kinh độ, vĩ độ] tính bằng độ");
    }

    private static Geometry Geometry(ScenarioElement e, params string[] types)
    {
        Geometry? geometry;
        try
        {
            geometry = e.Value.Deserialize<Geometry>(JsonText.SerializerOptions);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw e.Fail($"không phải hình học GeoJSON hợp lệ ({ex.Message})");
        }

        if (geometry is null || !types.Contains(geometry.GeometryType))
        {
            throw e.Fail($"cần hình học GeoJSON {string.Join(" hoặc ", types)}, gặp {geometry?.GeometryType ?? "không có gì"}");
        }

        var env = geometry.EnvelopeInternal;
        if (env.MinX < -180 || env.MaxX > 180 || env.MinY < -90 || env.MaxY > 90)
        {
            throw e.Fail("tọa độ phải là kinh độ, vĩ độ tính bằng độ (WGS 84, RFC 7946)");
        }

        geometry.SRID = 4326;
        return geometry;
    }
}
