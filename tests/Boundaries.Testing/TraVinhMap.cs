using System.Globalization;
using System.Text.Json;
using Boundaries.Core.Units;
using NetTopologySuite.Coverage;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Testing;

/// <summary>The bundled Trà Vinh data as an <see cref="AdminMap"/> for the Core tests, which cannot reference the importer in Data.</summary>
/// <remarks>
/// Only what data/boundaries/tra-vinh/dataset.json describes: units, types and parents from the GSO list, the 2019 census,
/// commune and district polygons by code, the province as the coverage union of its districts, and the unassigned polygon
/// of the former thị trấn Duyên Hải; no unit facts. Boundaries.Data.Tests checks it against the importer, unit by unit.
/// </remarks>
public static class TraVinhMap
{
    private static readonly Lazy<AdminMap> Cached = new(Build);

    /// <summary>The map: province 84, 9 districts (2019 polygons), 106 communes (103 with a c. 2009 polygon), one unassigned polygon.</summary>
    public static AdminMap Load() => Cached.Value;

    private static AdminMap Build()
    {
        var communePolygons = Features("communes_mapmaker_c2009.geojson");
        var byCode = communePolygons.Where(f => f.Attributes["x_gso2023_commune_code"] is string)
            .ToDictionary(f => (string)f.Attributes["x_gso2023_commune_code"], f => f.Geometry);
        var districtPolygons = Features("districts_gischinhphu_2019.geojson")
            .ToDictionary(f => (string)f.Attributes["district_code"], f => f.Geometry);
        var population = Rows("population_census_2019.csv")
            .ToDictionary(r => r["commune_code_gso"], r => long.Parse(r["population_total"], CultureInfo.InvariantCulture));
        var rows = Rows("units_gso_2023-04-10.csv");

        var province = new AdminUnit { Code = "84", Name = "Trà Vinh", Type = UnitType.Tinh, Geometry = CoverageUnion.Union([.. districtPolygons.Values]) };
        var districts = rows.DistinctBy(r => r["district_code"])
            .Select(r => Unit(r["district_code"], r["district_name"], r["district_type"], "84", districtPolygons[r["district_code"]]));
        var communes = rows.Select(r => Unit(r["commune_code"], r["commune_name"], r["commune_type"], r["district_code"], byCode.GetValueOrDefault(r["commune_code"])) with
        {
            Population = new PopulationFigure(population[r["commune_code"]], 2019, "GSO Population and Housing Census 1/4/2019"),
        });
        var duyenHai = communePolygons.Single(f => (string)f.Attributes["name"] == "Thị trấn Duyên Hải").Geometry;
        var unassigned = new UnassignedArea("Thị trấn Duyên Hải", "851", duyenHai, "c. 2009 polygon of the former thị trấn Duyên Hải", ["29512", "29516"]);
        return new AdminMap([province, .. districts, .. communes], [unassigned]);
    }

    // GSO writes "Xã Long Đức" and "Phường 3"; the model keeps "Long Đức" and, for a numbered unit, "Phường 3".
    private static AdminUnit Unit(string code, string fullName, string typeName, string parentCode, Geometry? geometry)
    {
        var type = UnitTypes.TryParse(typeName, out var t) ? t : throw new FormatException("Unknown unit type " + typeName);
        var prefix = type.VietnameseName() + " ";
        var name = fullName.StartsWith(prefix, StringComparison.Ordinal) && !char.IsDigit(fullName[prefix.Length]) ? fullName[prefix.Length..] : fullName;
        return new AdminUnit { Code = code, Name = name, Type = type, ParentCode = parentCode, Geometry = geometry };
    }

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
