namespace Boundaries.Data.Import.Building;

/// <summary>Says why each unit without a polygon has none: the manifest's reason, or that no layer had its code.</summary>
internal static class MissingGeometryNotes
{
    /// <summary>Sets <see cref="AdminUnit.GeometryNote"/> on units without a polygon and reports them; <paramref name="layerFiles"/> gives, per level with a layer, its file.</summary>
    public static void Apply(DatasetManifest manifest, UnitTable units, IReadOnlyDictionary<UnitLevel, string> layerFiles, List<DataIssue> issues)
    {
        var reasons = manifest.MissingGeometry
            .ToDictionary(r => GsoCodes.Find(r.Key, units.Contains)!.Value, r => r.Value);
        foreach (var (code, _) in reasons.Where(r => !units.Contains(r.Key)))
        {
            issues.Add(new DataIssue(IssueSeverity.Warning, "unknown-code", $"missing_geometry names {code}, which is not in the unit list")
            {
                File = manifest.Path,
                Code = code,
            });
        }

        foreach (var unit in units.InOrder().Where(u => u.Geometry is null && u.Level != UnitLevel.Province))
        {
            if (reasons.TryGetValue(unit.Code, out var reason))
            {
                units.Replace(unit with { GeometryNote = reason });
                issues.Add(new DataIssue(IssueSeverity.Info, "missing-geometry", $"{unit.FullName} has no polygon: {reason}")
                {
                    File = manifest.Path,
                    Code = unit.Code,
                });
            }
            else if (layerFiles.TryGetValue(unit.Level, out var file))
            {
                units.Replace(unit with { GeometryNote = $"Không có đa giác mã {unit.Code} trong {Path.GetFileName(file)}." });
                issues.Add(new DataIssue(IssueSeverity.Warning, "missing-geometry", $"{unit.FullName} has no polygon in the layer")
                {
                    File = file,
                    Code = unit.Code,
                });
            }
            else
            {
                units.Replace(unit with { GeometryNote = $"Bộ dữ liệu không có lớp đa giác {LevelName(unit.Level)}." });
            }
        }

        foreach (var code in reasons.Keys.Where(c => units.Find(c)?.Geometry is not null))
        {
            issues.Add(new DataIssue(IssueSeverity.Warning, "geometry-not-missing",
                $"missing_geometry gives a reason for {units.Find(code)!.FullName}, which has a polygon")
            {
                File = manifest.Path,
                Code = code,
            });
        }
    }

    private static string LevelName(UnitLevel level) => level switch
    {
        UnitLevel.Province => "cấp tỉnh",
        UnitLevel.District => "cấp huyện",
        _ => "cấp xã",
    };
}
