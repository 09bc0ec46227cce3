using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Data.Import.GeoJson;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.References;

/// <summary>The communes and districts before the 2025 arrangement under a two-tier province, from the national layer of c. 2013 (the only bundled one covering every former province).</summary>
internal static class EarlierCommunes
{
    /// <summary>The label of the layer: its vintage and source.</summary>
    public const string Label = "Xã và huyện trước sắp xếp, khoảng năm 2013 (lớp toàn quốc censusVN2009 của M. Choisy, đã làm thô)";

    /// <summary>Whether the national layer and the crosswalk naming the former provinces are in the folder.</summary>
    public static bool Exists(string? boundariesFolder) =>
        boundariesFolder is not null && File.Exists(LayerIn(boundariesFolder)) && File.Exists(NationalCrosswalk.PathIn(boundariesFolder));

    /// <summary>The communes of the former provinces that make up <paramref name="map"/>'s province, and their districts dissolved.</summary>
    public static ReferenceLayer Read(AdminMap map, string boundariesFolder)
    {
        var province = map.Provinces.First().Code.Value;

        // The layer names provinces without their type and has its own codes, so the former provinces are matched by name.
        var former = NationalCrosswalk.Read(boundariesFolder).Where(r => r.NewProvinceCode == province)
            .Select(r => r.OldProvinceName).Distinct().ToDictionary(WithoutType, n => n);
        var communes = new List<(string District, string DistrictName, string Province, ReferenceShape Shape)>();
        GeoJsonLayerReader.ReadEach(LayerIn(boundariesFolder), GeoJsonReadOptions.Keeping("province_vn", "district_id", "district_vn", "commune_vn"), feature =>
        {
            if (feature.Geometry is { } geometry && feature.Text("province_vn") is { } name && former.ContainsKey(name))
            {
                communes.Add((feature.Text("district_id") ?? "", feature.Text("district_vn") ?? "", name,
                    new ReferenceShape("commune", feature.Text("commune_vn") ?? "", geometry)));
            }
        });

        var groups = communes.GroupBy(c => c.District).ToList();
        var dissolved = PolygonDissolver.DissolveAll(groups.Select(g => (IReadOnlyList<Geometry>)g.Select(c => c.Shape.Polygon).ToList()).ToList());
        var districts = groups.Select((g, i) => new ReferenceShape("district", g.First().DistrictName, dissolved[i].Geometry));
        var found = communes.Select(c => c.Province).Distinct().ToHashSet();
        var missing = former.Keys.Where(n => !found.Contains(n)).Select(n => former[n]).ToList();
        var note = $"{communes.Count} xã và {groups.Count} huyện của {string.Join(", ", former.Values.Where(n => found.Contains(WithoutType(n))))} cũ theo lớp khoảng năm 2013, " +
            "không phải danh mục năm 2023: các thay đổi địa giới sau năm 2013 không có trong lớp này." +
            (missing.Count > 0 ? $" Dữ liệu không có ranh giới của {string.Join(", ", missing)} cũ." : "");
        return new ReferenceLayer(ReferenceSources.OtherBaseline, Label, note, [.. communes.Select(c => c.Shape), .. districts]);
    }

    private static string LayerIn(string boundariesFolder) =>
        Path.Combine(boundariesFolder, "vietnam-c2013", "vietnam_communes_choisy_c2013_pop2009.geojson.gz");

    private static string WithoutType(string provinceName)
    {
        foreach (var type in new[] { "Tỉnh ", "Thành phố " })
        {
            if (provinceName.StartsWith(type, StringComparison.Ordinal))
            {
                return provinceName[type.Length..];
            }
        }

        return provinceName;
    }
}
