using System.Text.Json;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Data.Standards;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Data.Tests.Standards;

/// <summary>Builds the Trà Vinh AdminMap straight from the bundled files, for the standards tests.</summary>
/// <remarks>
/// Stand-in for the real importer (written in parallel): units and parents from units_gso_2023-04-10.csv, the 2019
/// census population, commune polygons by x_gso2023_commune_code, district polygons by district_code, the unassigned
/// polygon and missing-geometry notes of dataset.json, and optionally unit-facts.csv joined by code.
/// </remarks>
internal static class TraVinhTestMap
{
    private static readonly Lazy<AdminMap> WithFacts = new(() => Build(StandardsCatalogueLoader.Load(StandardsTestPaths.Catalogue).FactKinds));
    private static readonly Lazy<AdminMap> WithoutFacts = new(() => Build(null));

    public static AdminMap Get(bool withUnitFacts = true) => withUnitFacts ? WithFacts.Value : WithoutFacts.Value;

    private static AdminMap Build(IReadOnlySet<string>? factKinds)
    {
        var rows = ReadCsv("units_gso_2023-04-10.csv");
        var census = ReadCsv("population_census_2019.csv").ToDictionary(r => r["commune_code_gso"]);
        var communes = ReadFeatures("communes_mapmaker_c2009.geojson");
        var districts = ReadFeatures("districts_gischinhphu_2019.geojson");
        var facts = factKinds is null ? null : UnitFactsCsv.Read(StandardsTestPaths.TraVinh("unit-facts.csv"), factKinds);
        using var manifest = JsonDocument.Parse(File.ReadAllText(StandardsTestPaths.TraVinh("dataset.json")));
        var missing = manifest.RootElement.GetProperty("missing_geometry").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var polygonByCommune = communes.Where(f => f.Attributes["x_gso2023_commune_code"] is not null)
            .ToDictionary(f => f.Attributes["x_gso2023_commune_code"].ToString()!, f => f.Geometry);
        var polygonByDistrict = districts.ToDictionary(f => f.Attributes["district_code"].ToString()!, f => f.Geometry);

        var units = new List<AdminUnit> { Join(new AdminUnit { Code = "84", Name = "Trà Vinh", Type = UnitType.Tinh }, facts) };
        foreach (var d in rows.GroupBy(r => r["district_code"]))
        {
            var first = d.First();
            UnitTypes.TryParse(first["district_type"], out var type);
            units.Add(Join(new AdminUnit
            {
                Code = d.Key, Name = StripType(first["district_name"], first["district_type"]), Type = type, ParentCode = "84",
                Geometry = polygonByDistrict[d.Key],
            }, facts));
        }

        foreach (var r in rows)
        {
            UnitTypes.TryParse(r["commune_type"], out var type);
            var code = r["commune_code"];
            var people = census[code];
            units.Add(Join(new AdminUnit
            {
                Code = code, Name = StripType(r["commune_name"], r["commune_type"]), Type = type, ParentCode = r["district_code"],
                Population = new PopulationFigure(long.Parse(people["population_total"]), 2019, people["source"]),
                Geometry = polygonByCommune.GetValueOrDefault(code),
                GeometryNote = missing.GetValueOrDefault(code),
            }, facts));
        }

        var unassigned = communes.Where(f => f.Attributes["x_gso2023_commune_code"] is null)
            .Select(f => new UnassignedArea(f.Attributes["name"].ToString()!, "851", f.Geometry,
                "c. 2009 polygon of the former thị trấn Duyên Hải (Phường 1 and 2 of thị xã Duyên Hải since 2015)", ["29512", "29516"]))
            .ToList();
        return new AdminMap(units, unassigned);
    }

    private static AdminUnit Join(AdminUnit unit, UnitFactsTable? facts) => facts?.For(unit.Code) is not { } f
        ? unit
        : unit with { SpecialFactors = f.SpecialFactors, OfficialArea = f.OfficialArea ?? unit.OfficialArea, Region = f.Region ?? unit.Region };

    private static string StripType(string name, string type) =>
        name.StartsWith(type + " ", StringComparison.Ordinal) && type != "Phường" ? name[(type.Length + 1)..] : name;

    private static List<Dictionary<string, string>> ReadCsv(string file)
    {
        using var reader = new StreamReader(StandardsTestPaths.TraVinh(file));
        var records = CsvRecords.Read(reader).ToList();
        var header = records[0].Fields;
        return records.Skip(1).Select(r => header.Select((h, i) => (h, r.Fields[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
    }

    private static List<IFeature> ReadFeatures(string file)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory(new GeometryFactory(new PrecisionModel(), 4326)) } };
        using var stream = File.OpenRead(StandardsTestPaths.TraVinh(file));
        return JsonSerializer.Deserialize<FeatureCollection>(stream, options)!.ToList();
    }

    /// <summary>The catalogue in data/standards.</summary>
    public static StandardsCatalogue Catalogue { get; } = StandardsCatalogueLoader.Load(StandardsTestPaths.Catalogue);
}
