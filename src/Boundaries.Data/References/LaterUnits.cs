using Boundaries.Data.Import.GeoJson;

namespace Boundaries.Data.References;

/// <summary>The communes of 1 July 2025 over a province of before, from the national 2025 layer (vietnam-2025/wards, simplified at 10 m).</summary>
internal static class LaterUnits
{
    /// <summary>The label of the layer: its vintage and source.</summary>
    public const string Label = "Xã, phường từ 01/07/2025 (NQ 1687/NQ-UBTVQH15; ranh giới từ sapnhap.bando.com.vn, làm đơn giản 10 m)";

    /// <summary>Whether the crosswalk and the 2025 layer are in the folder.</summary>
    public static bool Exists(string? boundariesFolder) =>
        boundariesFolder is not null && File.Exists(NationalCrosswalk.PathIn(boundariesFolder)) && Directory.Exists(Path.Combine(boundariesFolder, "vietnam-2025", "wards"));

    /// <summary>Every unit of 2025 that took in a commune of <paramref name="map"/>'s province, drawn whole.</summary>
    public static ReferenceLayer Read(AdminMap map, string boundariesFolder)
    {
        var province = map.Provinces.First().Code.Value;
        var rows = NationalCrosswalk.Read(boundariesFolder);
        var here = rows.Where(r => r.OldProvinceCode == province).ToList();
        var wanted = here.Select(r => r.NewCode).ToHashSet(StringComparer.Ordinal);
        var shapes = new List<ReferenceShape>();
        var drawn = new HashSet<string>(StringComparer.Ordinal);
        foreach (var newProvince in here.Select(r => r.NewProvinceCode).Distinct())
        {
            var file = Path.Combine(boundariesFolder, "vietnam-2025", "wards", newProvince + ".geojson.gz");
            if (!File.Exists(file))
            {
                continue;
            }

            GeoJsonLayerReader.ReadEach(file, GeoJsonReadOptions.Keeping("code", "name"), feature =>
            {
                if (feature.Geometry is { } geometry && feature.Text("code") is { } code && wanted.Contains(code))
                {
                    shapes.Add(new ReferenceShape("commune", feature.Text("name") ?? code, geometry));
                    drawn.Add(code);
                }
            });
        }

        var shared = rows.Where(r => wanted.Contains(r.NewCode) && r.OldProvinceCode != province).Select(r => r.NewCode).Distinct().Count();
        var missing = wanted.Count(c => !drawn.Contains(c));
        var note = $"{shapes.Count} xã, phường năm 2025 nhận xã của tỉnh, vẽ trọn ranh giới" +
            (shared > 0 ? $"; {shared} đơn vị trong đó gồm cả phần của tỉnh khác." : ".") +
            (missing > 0 ? $" Dữ liệu không có ranh giới của {missing} đơn vị năm 2025." : "");
        return new ReferenceLayer(ReferenceSources.OtherBaseline, Label, note, shapes);
    }
}
