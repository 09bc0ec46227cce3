using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Builds the unit that a merge or an establishment forms, and notes what of its inputs does not carry over.</summary>
internal static class FormedUnit
{
    /// <summary>The new unit: identity from <paramref name="spec"/>, figures summed from <paramref name="inputs"/> plus <paramref name="extraPopulation"/>.</summary>
    public static AdminUnit Build(StepContext context, NewUnitSpec spec, UnitCode parent, IReadOnlyList<AdminUnit> inputs, Geometry? geometry, long extraPopulation)
    {
        var figures = inputs.Where(u => u.Population is not null).Select(u => u.Population!).ToList();
        PopulationFigure? population = figures.Count == 0 && extraPopulation == 0 ? null : new PopulationFigure(
            figures.Sum(f => f.Value) + extraPopulation,
            figures.Count == 0 ? 0 : figures.Max(f => f.Year),
            $"sum of {string.Join(", ", figures.Select(f => f.Source).Distinct())} by scenario operation {context.Change.Number}");

        foreach (var missing in inputs.Where(u => u.Level == UnitLevel.Commune && u.Population is null))
        {
            context.Change.Notes.Add($"{StepContext.Name(missing)} chưa có số liệu dân số; tổng không tính đơn vị này");
        }

        foreach (var shapeless in inputs.Where(u => u.Level == UnitLevel.Commune && u.Geometry is null))
        {
            context.Change.Notes.Add($"{StepContext.Name(shapeless)} không có ranh giới; diện tích của đơn vị này không nằm trong đa giác mới ({shapeless.GeometryNote})");
        }

        foreach (var dropped in inputs.Where(u => u.SpecialFactors.Count > 0))
        {
            context.Change.Notes.Add($"yếu tố đặc thù của {StepContext.Name(dropped)} ({string.Join(", ", dropped.SpecialFactors.Select(f => f.Kind))}) không được chuyển sang; ghi nhận lại cho {spec.Name} nếu vẫn còn");
        }

        // Official figures first (issue: a merged unit carries the sum of its parts' official figures when every part has one).
        var officialArea = inputs.All(u => u.OfficialArea is not null)
            ? new OfficialArea(inputs.Sum(u => u.OfficialArea!.Km2), CommonYear(inputs.Select(u => u.OfficialArea!.Year)),
                $"sum of the official areas of {string.Join(", ", inputs.Select(StepContext.Name))} by scenario operation {context.Change.Number}")
            : null;
        var officialPopulation = inputs.All(u => u.OfficialPopulation is not null)
            ? new OfficialPopulation(inputs.Sum(u => u.OfficialPopulation!.Value) + extraPopulation, CommonYear(inputs.Select(u => u.OfficialPopulation!.Year)),
                $"sum of the official populations of {string.Join(", ", inputs.Select(StepContext.Name))} by scenario operation {context.Change.Number}")
            : null;
        if (officialArea is null && inputs.Any(u => u.OfficialArea is not null))
        {
            context.Change.Notes.Add("diện tích chính thức của các đơn vị hợp nhất không được cộng dồn (không phải đơn vị nào cũng có); diện tích đơn vị mới được đo từ đa giác");
        }

        if (officialPopulation is null && inputs.Any(u => u.OfficialPopulation is not null))
        {
            context.Change.Notes.Add("dân số chính thức của các đơn vị hợp nhất không được cộng dồn (không phải đơn vị nào cũng có); dân số đơn vị mới là tổng số liệu điều tra");
        }

        var regions = inputs.Select(u => u.Region).Distinct().ToList();
        return new AdminUnit
        {
            Code = spec.Code,
            Name = spec.Name,
            Type = spec.Type,
            ParentCode = parent,
            Region = regions.Count == 1 ? regions[0] : RegionClass.Unknown,
            Population = spec.Type.LevelOf() == UnitLevel.Commune ? population : null,
            OfficialPopulation = spec.Type.LevelOf() == UnitLevel.Commune ? officialPopulation : null,
            OfficialArea = spec.Type.LevelOf() == UnitLevel.Commune ? officialArea : null,
            Geometry = spec.Type.LevelOf() == UnitLevel.Commune ? geometry : null,
            GeometryNote = geometry is null && spec.Type.LevelOf() == UnitLevel.Commune ? "không đơn vị nào hợp thành có đa giác" : null,
        };
    }

    private static int? CommonYear(IEnumerable<int?> years)
    {
        var distinct = years.Distinct().ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }
}
