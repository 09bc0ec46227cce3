using System.Globalization;
using System.Text;
using System.Text.Json;
using Boundaries.Core.Geodesy;
using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Union;

namespace Boundaries.Data.Tests.Store;

/// <summary>The real Trà Vinh project built straight from data/boundaries/tra-vinh, independently of the importer.</summary>
/// <remarks>
/// Units, parents and types from units_gso_2023-04-10.csv; 2019 census population; commune polygons by
/// x_gso2023_commune_code; district polygons by district_code; the unassigned polygon and the reasons for
/// missing polygons from dataset.json. The special factors are labelled test values, not legal facts.
/// </remarks>
internal static class TraVinhProject
{
    private static readonly Lazy<BoundaryProject> Cached = new(Build);

    /// <summary>The project, built once per test run (it is immutable).</summary>
    public static BoundaryProject Project => Cached.Value;

    private static BoundaryProject Build()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.TraVinh, "dataset.json")));
        var root = manifest.RootElement;
        var populationSource = root.GetProperty("joins")[0].GetProperty("source").GetString()!;
        var missing = root.GetProperty("missing_geometry").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var unassignedSpec = root.GetProperty("unassigned")[0];

        var communeFeatures = ReadGeoJson("communes_mapmaker_c2009.geojson");
        var communePolygons = communeFeatures
            .Where(f => f.Attributes["x_gso2023_commune_code"] is string)
            .ToDictionary(f => (string)f.Attributes["x_gso2023_commune_code"], f => f.Geometry);
        var districtPolygons = ReadGeoJson("districts_gischinhphu_2019.geojson")
            .ToDictionary(f => (string)f.Attributes["district_code"], f => f.Geometry);
        var population = ReadCsv("population_census_2019.csv")
            .ToDictionary(r => r["commune_code_gso"], r => long.Parse(r["population_total"], CultureInfo.InvariantCulture));
        var rows = ReadCsv("units_gso_2023-04-10.csv");

        var units = new List<AdminUnit>
        {
            new()
            {
                Code = "84", Name = "Trà Vinh", Type = UnitType.Tinh, Region = RegionClass.Other,
                OfficialArea = new OfficialArea(2358.2, 2019, "GSO official statistics, as cited in data/boundaries/tra-vinh/README.md"),
            },
        };
        foreach (var d in rows.GroupBy(r => r["district_code"]))
        {
            var first = d.First();
            var type = ParseType(first["district_type"]);
            units.Add(new AdminUnit
            {
                Code = d.Key, Name = WithoutType(first["district_name"], type), Type = type, ParentCode = "84",
                Region = RegionClass.Other, Geometry = districtPolygons[d.Key],
                Population = new PopulationFigure(d.Sum(r => population[r["commune_code"]]), 2019, populationSource),
            });
        }

        foreach (var r in rows)
        {
            var code = r["commune_code"];
            var type = ParseType(r["commune_type"]);
            units.Add(new AdminUnit
            {
                Code = code, Name = WithoutType(r["commune_name"], type), Type = type, ParentCode = r["district_code"],
                Population = new PopulationFigure(population[code], 2019, populationSource),
                Geometry = communePolygons.GetValueOrDefault(code),
                GeometryNote = missing.GetValueOrDefault(code),
                SpecialFactors = code == "29263" ? TestFactors : [],
            });
        }

        var unassignedName = unassignedSpec.GetProperty("match").GetProperty("name").GetString()!;
        var unassigned = new UnassignedArea(
            unassignedName,
            unassignedSpec.GetProperty("parent_code").GetString()!,
            communeFeatures.Single(f => (string)f.Attributes["name"] == unassignedName).Geometry,
            unassignedSpec.GetProperty("note").GetString()!,
            unassignedSpec.GetProperty("covers").EnumerateArray().Select(c => new UnitCode(c.GetString()!)).ToList());

        var metadata = new ProjectMetadata(root.GetProperty("name").GetString()!, new DateTimeOffset(2025, 3, 1, 9, 30, 15, 123, TimeSpan.FromHours(7)), "0.1.0-test")
        {
            UnitsAsOf = new DateOnly(2023, 4, 10),
            Sources =
            [
                root.GetProperty("units").GetProperty("source").GetString()!,
                populationSource,
                "communes_mapmaker_c2009.geojson: puleeno/diagioihanhchinh @ 2c9c5cf8, data/kml/Tra Vinh.kmz (c. 2009)",
                "districts_gischinhphu_2019.geojson: daohoangson/dvhcvn @ 4f987025, data/gis/84.json (gis.chinhphu.vn, 2019)",
            ],
        };

        return new BoundaryProject(new AdminMap(units, [unassigned]), metadata, Issues(units, communeFeatures, districtPolygons.Values));
    }

    private static readonly IReadOnlyList<SpecialFactor> TestFactors =
    [
        new("coastal-disadvantaged", "Test value for the store round trip, not a legal fact.", "Boundaries.Data.Tests"),
        new("ethnic-minority-share", "Test value with a number, not a legal fact.", "Boundaries.Data.Tests", 31.25),
    ];

    private static List<DataIssue> Issues(List<AdminUnit> units, FeatureCollection communes, IEnumerable<Geometry> districts)
    {
        var issues = units.Where(u => u.Level == UnitLevel.Commune && u.Geometry is null)
            .Select(u => new DataIssue(IssueSeverity.Warning, "missing-geometry", $"{u.FullName} has no polygon in the sources.")
            {
                File = "communes_mapmaker_c2009.geojson",
                Code = u.Code,
            })
            .ToList();

        // README: "Xã Hiệp Thạnh" has its representative point outside every 2019 district polygon.
        var index = communes.ToList().FindIndex(f => (string)f.Attributes["name"] == "Xã Hiệp Thạnh");
        var hiepThanh = communes[index].Geometry;
        var outside = hiepThanh.Difference(UnaryUnionOp.Union(districts.ToList()));
        issues.Add(new DataIssue(IssueSeverity.Info, "outside-districts", "Xã Hiệp Thạnh lies partly outside the 2019 district polygons (coastline differs).")
        {
            File = "communes_mapmaker_c2009.geojson",
            FeatureIndex = index,
            Code = (string)communes[index].Attributes["x_gso2023_commune_code"],
            Location = hiepThanh.InteriorPoint.Coordinate,
            Magnitude = EllipsoidalMeasure.AreaKm2(outside) * 1e6,
        });
        return issues;
    }

    private static UnitType ParseType(string text) =>
        UnitTypes.TryParse(text, out var type) ? type : throw new InvalidDataException($"Unknown unit type '{text}'.");

    // GSO writes "Xã Long Đức" and "Phường 3"; the model keeps "Long Đức" and, for numbered phường, "Phường 3".
    private static string WithoutType(string fullName, UnitType type)
    {
        var prefix = type.VietnameseName() + " ";
        if (!fullName.StartsWith(prefix, StringComparison.Ordinal))
        {
            return fullName;
        }

        var rest = fullName[prefix.Length..];
        return rest.All(char.IsDigit) ? fullName : rest;
    }

    private static FeatureCollection ReadGeoJson(string file)
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        return JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(RepoPaths.TraVinh, file)), options)!;
    }

    private static List<Dictionary<string, string>> ReadCsv(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.TraVinh, file), Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = SplitCsvLine(lines[0]);
        return lines.Skip(1)
            .Select(SplitCsvLine)
            .Select(fields => header.Zip(fields).ToDictionary(p => p.First, p => p.Second))
            .ToList();
    }

    // RFC 4180 fields: commas inside double quotes, "" for a quote.
    private static List<string> SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
