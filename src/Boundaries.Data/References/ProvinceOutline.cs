using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Data.Import.GeoJson;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.References;

/// <summary>The province's outline: the bundled one of 2025 for a two-tier province, else the union of the project's districts (or communes).</summary>
internal static class ProvinceOutline
{
    /// <summary>The label of the outline, naming where it comes from.</summary>
    public static string Label(AdminMap map, string? boundariesFolder) =>
        File2025(map, boundariesFolder) is not null ? "Ranh giới tỉnh từ 01/07/2025 (hợp các xã, phường; sapnhap.bando.com.vn)"
        : Districts(map).Count > 0 ? "Ranh giới tỉnh (hợp ranh giới các huyện của dữ liệu dự án)"
        : "Ranh giới tỉnh (hợp ranh giới các xã của dữ liệu dự án)";

    /// <summary>Reads or dissolves the outline.</summary>
    public static ReferenceLayer Read(AdminMap map, string? boundariesFolder)
    {
        var name = map.Provinces.FirstOrDefault()?.FullName ?? "";
        Geometry? outline = null;
        if (File2025(map, boundariesFolder) is { } file)
        {
            var code = map.Provinces.First().Code.Value;
            GeoJsonLayerReader.ReadEach(file, GeoJsonReadOptions.Keeping("code"), feature =>
            {
                if (feature.Text("code") == code)
                {
                    outline = feature.Geometry;
                }
            });
        }

        if (outline is null)
        {
            var parts = Districts(map) is { Count: > 0 } districts ? districts : map.Communes.Select(c => c.Geometry).OfType<Geometry>().ToList();
            outline = parts.Count > 0 ? PolygonDissolver.Dissolve(parts).Geometry : null;
        }

        return new ReferenceLayer(ReferenceSources.Province, Label(map, boundariesFolder), null, outline is null ? [] : [new ReferenceShape("province", name, outline)]);
    }

    private static List<Geometry> Districts(AdminMap map) => map.Districts.Select(d => d.Geometry).OfType<Geometry>().ToList();

    // Only a two-tier project is the province of 2025: a province of before may share its code with a different territory.
    private static string? File2025(AdminMap map, string? boundariesFolder) =>
        boundariesFolder is not null && !map.Districts.Any() && map.Provinces.FirstOrDefault() is { } province
        && Path.Combine(boundariesFolder, "vietnam-2025", "provinces", province.Code.Value + ".geojson.gz") is var path && File.Exists(path)
            ? path
            : null;
}
