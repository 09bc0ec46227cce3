using System.Globalization;
using System.Text.Json;
using Boundaries.Core.Units;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Core.Tests.TestSupport;

/// <summary>The bundled Trà Vinh data as an <see cref="AdminMap"/>, built the way data/boundaries/tra-vinh/dataset.json describes.</summary>
/// <remarks>Kept small on purpose: once the importer is on main, <see cref="Load"/> becomes one call to it.</remarks>
internal static class TraVinhMap
{
    private static readonly Lazy<AdminMap> Cached = new(Build);

    /// <summary>The map: province 84, 9 districts (2019 polygons), 106 communes (103 with a c. 2009 polygon), one unassigned polygon.</summary>
    public static AdminMap Load() => Cached.Value;

    private static AdminMap Build()
    {
        var communePolygons = Features("communes_mapmaker_c2009.geojson");
        var districtPolygons = Features("districts_gischinhphu_2019.geojson")
            .ToDictionary(f => (string)f.Attributes["district_code"], f => f.Geometry);
        var byCode = communePolygons.Where(f => f.Attributes["x_gso2023_commune_code"] is string)
            .ToDictionary(f => (string)f.Attributes["x_gso2023_commune_code"], f => f.Geometry);
        var population = Rows("population_census_2019.csv").ToDictionary(r => r["commune_code_gso"], r => long.Parse(r["population_total"], CultureInfo.InvariantCulture));
        const string census = "GSO Population and Housing Census 1/4/2019";

        var units = new List<AdminUnit> { new() { Code = "84", Name = "Trà Vinh", Type = UnitType.Tinh } };
        var rows = Rows("units_gso_2023-04-10.csv");
        foreach (var d in rows.GroupBy(r => r["district_code"]))
        {
            var first = d.First();
            units.Add(new AdminUnit
            {
                Code = d.Key,
                Name = StripType(first["district_name"], first["district_type"]),
                Type = ParseType(first["district_type"]),
                ParentCode = "84",
                Geometry = districtPolygons[d.Key],
            });
        }

        foreach (var r in rows)
        {
            var code = r["commune_code"];
            var geometry = byCode.GetValueOrDefault(code);
            units.Add(new AdminUnit
            {
                Code = code,
                Name = StripType(r["commune_name"], r["commune_type"]),
                Type = ParseType(r["commune_type"]),
                ParentCode = r["district_code"],
                Population = new PopulationFigure(population[code], 2019, census),
                Geometry = geometry,
                GeometryNote = geometry is null ? "No polygon in the sources (see data/boundaries/tra-vinh/README.md)." : null,
            });
        }

        var duyenHai = communePolygons.Single(f => (string)f.Attributes["name"] == "Thị trấn Duyên Hải").Geometry;
        var unassigned = new UnassignedArea("Thị trấn Duyên Hải", "851", duyenHai, "c. 2009 polygon of the former thị trấn Duyên Hải", ["29512", "29516"]);
        return new AdminMap(units, [unassigned]);
    }

    private static string StripType(string name, string type) =>
        type is "Xã" or "Huyện" or "Thị xã" or "Thị trấn" or "Thành phố" && name.StartsWith(type + " ", StringComparison.Ordinal) ? name[(type.Length + 1)..] : name;

    private static UnitType ParseType(string text) => text == "Thành phố" ? UnitType.ThanhPhoThuocTinh
        : UnitTypes.TryParse(text, out var t) ? t : throw new FormatException("Unknown unit type " + text);

    private static List<IFeature> Features(string file)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 4326)) } };
        return [.. JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(RepoPaths.TraVinh, file)), options)!];
    }

    /// <summary>Rows of a simple CSV (the bundled files quote only the last column, which this helper does not read).</summary>
    private static List<Dictionary<string, string>> Rows(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.TraVinh, file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => header.Select((h, i) => (h, v: i < f.Length ? f[i] : "")).ToDictionary(p => p.h, p => p.v))
            .ToList();
    }
}
