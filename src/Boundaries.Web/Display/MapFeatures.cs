using NetTopologySuite.Simplify;

namespace Boundaries.Web.Display;

/// <summary>Builds the features the map draws from a map and its evaluation: communes coloured by status, unassigned polygons, district outlines.</summary>
internal static class MapFeatures
{
    /// <summary>The features of <paramref name="map"/>; units listed in <paramref name="changes"/> are flagged as changed.</summary>
    public static IReadOnlyList<UnitFeature> Build(
        AdminMap map,
        MapEvaluation evaluation,
        IReadOnlyDictionary<UnitCode, AssessedChange> changes,
        DisplayCoverage shapes,
        DistrictOutlines outlines)
    {
        var assessments = evaluation.Assessments.ToDictionary(a => a.Code);
        var features = new List<UnitFeature>();
        var byDistrict = new Dictionary<UnitCode, List<Geometry>>();
        foreach (var commune in map.Communes)
        {
            var shape = ShapeOf(shapes, commune.Geometry);
            if (shape is not null && commune.ParentCode is { } district)
            {
                Group(byDistrict, district).Add(shape);
            }

            var change = changes.GetValueOrDefault(commune.Code);
            features.Add(Feature(map, commune, "commune", shape, assessments.GetValueOrDefault(commune.Code), change));
        }

        for (var i = 0; i < map.Unassigned.Count; i++)
        {
            var area = map.Unassigned[i];
            var shape = ShapeOf(shapes, area.Geometry);
            if (shape is not null && area.ParentCode is { } district)
            {
                Group(byDistrict, district).Add(shape);
            }

            features.Add(new UnitFeature($"unassigned-{i + 1}", area.Name, "unassigned", shape)
            {
                ParentCode = area.ParentCode?.Value,
                ParentName = area.ParentCode is { } p ? map.Find(p)?.FullName : null,
                AreaKm2 = area.GeodesicAreaKm2,
                Status = new UnitStatus("unassigned", "vùng chưa gán cho đơn vị hiện hành"),
                LabelAt = LabelPoints.Of(shape),
                Note = area.Note,
            });
        }

        var districtOutlines = outlines.Of(byDistrict);
        foreach (var district in map.Districts)
        {
            var outline = districtOutlines.GetValueOrDefault(district.Code);
            features.Add(Feature(map, district, "district", outline, assessments.GetValueOrDefault(district.Code), changes.GetValueOrDefault(district.Code)));
        }

        return features;
    }

    private static UnitFeature Feature(AdminMap map, AdminUnit unit, string level, Geometry? shape, Assessment? assessment, AssessedChange? change) =>
        new(unit.Code.Value, unit.FullName, level, shape)
        {
            Type = unit.Type.Slug(),
            TypeName = unit.Type.VietnameseName(),
            ParentCode = unit.ParentCode?.Value,
            ParentName = map.ParentOf(unit)?.FullName,
            AreaKm2 = assessment?.Area.Km2,
            Population = assessment?.Population.Value,
            AreaPercent = assessment?.AreaPercent,
            PopulationPercent = assessment?.PopulationPercent,
            Status = UnitStatus.Of(assessment, change?.Formed, change?.FormedFrom),
            Rule = assessment?.Rule,
            Changed = change is not null,
            Declared = change?.Change.Declared ?? false,
            LabelAt = LabelPoints.Of(shape),
            Note = unit.Geometry is null ? unit.GeometryNote ?? "không có ranh giới" : null,
        };

    /// <summary>The shape of a polygon; one simplified on its own only if the coverage has none (never expected after an operation).</summary>
    private static Geometry? ShapeOf(DisplayCoverage shapes, Geometry? polygon)
    {
        if (polygon is null)
        {
            return null;
        }

        var shape = shapes.ShapeOf(polygon);
        if (shape is null)
        {
            shape = TopologyPreservingSimplifier.Simplify(polygon, shapes.ToleranceDegrees);
            shapes.Add(polygon, shape);
        }

        return shape;
    }

    /// <summary>The display shapes of each district's communes and unassigned polygons, as district outlines are made from.</summary>
    public static Dictionary<UnitCode, List<Geometry>> ShapesByDistrict(AdminMap map, DisplayCoverage shapes)
    {
        var byDistrict = new Dictionary<UnitCode, List<Geometry>>();
        foreach (var (parent, polygon) in map.Communes.Select(c => (c.ParentCode, c.Geometry)).Concat(map.Unassigned.Select(a => (a.ParentCode, (Geometry?)a.Geometry))))
        {
            if (parent is { } district && ShapeOf(shapes, polygon) is { } shape)
            {
                Group(byDistrict, district).Add(shape);
            }
        }

        return byDistrict;
    }

    private static List<Geometry> Group(Dictionary<UnitCode, List<Geometry>> groups, UnitCode key)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        return list;
    }
}
