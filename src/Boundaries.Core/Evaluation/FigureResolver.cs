using Boundaries.Core.Formatting;

namespace Boundaries.Core.Evaluation;

/// <summary>Finds the area and population an assessment uses, saying where each comes from.</summary>
/// <remarks>
/// Area: the official figure when preferred and present; else the unit's own polygon; else, for a district, the
/// communes' roll-up with the unassigned polygons inside it; for a province, the sum of its districts' areas.
/// A district's own polygon is preferred to the communes' sum because it is one measurement of the whole unit
/// and does not depend on every commune having a polygon; the communes' sum is quoted beside it in a note.
/// Population: the unit's own figure, else the sum of the communes below it.
/// </remarks>
internal sealed class FigureResolver(AdminMap map, EvaluationOptions options)
{
    // How an official figure's source is introduced in the notes and the CSV/JSON source columns.
    private const string OfficialSource = "chính thức: ";

    private readonly Dictionary<UnitCode, AreaUsed> _areas = [];

    public AreaUsed Area(AdminUnit unit, List<string> notes)
    {
        var area = AreaOf(unit);
        if (unit.Level == UnitLevel.District && area.Origin is FigureOrigin.Polygon or FigureOrigin.Recorded && map.ChildrenOf(unit.Code).Count > 0
            && CommuneRollUp(unit).Km2 is { } communesKm2)
        {
            notes.Add($"Để đối chiếu: đa giác của các xã cộng với phần đa giác chưa gán trong đơn vị là {VietnameseFormat.Km2(communesKm2)} km².");
        }

        if (area.Origin == FigureOrigin.CommuneRollUp)
        {
            NoteMissingCommunes(unit, notes);
        }

        return area;
    }

    public PopulationUsed Population(AdminUnit unit, List<string> notes)
    {
        if (unit.OfficialPopulation is { } official)
        {
            if (unit.Population is { } census && census.Value != official.Value)
            {
                notes.Add($"Dùng dân số chính thức {VietnameseFormat.Count(official.Value)} người; số liệu năm {census.Year} ({census.Source}) là {VietnameseFormat.Count(census.Value)} người.");
            }

            return new PopulationUsed(official.Value, FigureOrigin.Recorded, official.Year, OfficialSource + official.Source) { Official = true };
        }

        if (unit.Population is { } own)
        {
            return new PopulationUsed(own.Value, FigureOrigin.Recorded, own.Year, own.Source);
        }

        if (unit.Level == UnitLevel.Commune)
        {
            return PopulationUsed.Unknown("không có số liệu dân số");
        }

        var communes = map.CommunesUnder(unit.Code).ToList();
        var counted = communes.Where(c => c.Population is not null).ToList();
        if (counted.Count == 0)
        {
            return PopulationUsed.Unknown("không có số liệu dân số của đơn vị và các xã trực thuộc");
        }

        if (counted.Count < communes.Count)
        {
            var missing = communes.Where(c => c.Population is null).Select(c => c.FullName);
            notes.Add($"Dân số là giá trị tối thiểu: chưa có số liệu của {string.Join(", ", missing)}.");
        }

        var years = counted.Select(c => c.Population!.Year).Distinct().ToList();
        var sources = counted.Select(c => c.Population!.Source).Distinct();
        return new PopulationUsed(
            counted.Sum(c => c.Population!.Value),
            FigureOrigin.CommuneRollUp,
            years.Count == 1 ? years[0] : null,
            Invariant.Text($"tổng của {counted.Count} xã: {string.Join("; ", sources)}"));
    }

    private AreaUsed AreaOf(AdminUnit unit)
    {
        if (_areas.TryGetValue(unit.Code, out var known))
        {
            return known;
        }

        var area = Compute(unit);
        _areas[unit.Code] = area;
        return area;
    }

    private AreaUsed Compute(AdminUnit unit)
    {
        if (options.AreaBasis == AreaBasis.PreferOfficial && unit.OfficialArea is { } official)
        {
            return new AreaUsed(official.Km2, FigureOrigin.Recorded, official.Year, OfficialSource + official.Source);
        }

        if (unit.GeodesicAreaKm2 is { } polygonKm2)
        {
            var of = options.GeometrySources.TryGetValue(unit.Level, out var source) ? "; đa giác: " + source : "";
            return new AreaUsed(polygonKm2, FigureOrigin.Polygon, null, "diện tích đa giác của đơn vị, tính trên ellipsoid WGS 84" + of);
        }

        var children = map.ChildrenOf(unit.Code);
        if (children.Count == 0)
        {
            return AreaUsed.Unknown(unit.GeometryNote ?? "không có đa giác và không có diện tích chính thức");
        }

        List<AreaUsed> parts = unit.Level == UnitLevel.District ? [] : children.Select(AreaOf).ToList();
        if (unit.Level == UnitLevel.District || parts.Any(p => p.Km2 is null))
        {
            return CommuneRollUp(unit);
        }

        var kinds = string.Join(", ", parts.Select(p => p.Origin).Distinct().Select(o => o == FigureOrigin.Recorded ? "số liệu chính thức" : o == FigureOrigin.Polygon ? "đa giác" : "their communes' sums"));
        return new AreaUsed(parts.Sum(p => p.Km2!.Value), FigureOrigin.SumOfSubordinates, null,
            Invariant.Text($"tổng diện tích của {parts.Count} đơn vị trực thuộc ({kinds})"));
    }

    private AreaUsed CommuneRollUp(AdminUnit unit)
    {
        var rollUp = map.RollUp(unit.Code);
        var communes = map.CommunesUnder(unit.Code).Count();
        var districts = map.CommunesUnder(unit.Code).Select(c => c.ParentCode).Append(unit.Code).ToHashSet();
        return rollUp.UnitsWithoutGeometry.Count == communes && !map.Unassigned.Any(u => districts.Contains(u.ParentCode))
            ? AreaUsed.Unknown("đơn vị và các xã trực thuộc không có đa giác, không có diện tích chính thức")
            : new AreaUsed(rollUp.AreaKm2, FigureOrigin.CommuneRollUp, null, "tổng diện tích đa giác của các xã và phần đa giác chưa gán trong đơn vị, tính trên ellipsoid WGS 84");
    }

    private void NoteMissingCommunes(AdminUnit unit, List<string> notes)
    {
        var covered = map.Unassigned.SelectMany(u => u.CoversCodes).ToHashSet();
        foreach (var commune in map.CommunesUnder(unit.Code).Where(c => c.Geometry is null))
        {
            notes.Add(covered.Contains(commune.Code)
                ? $"{commune.FullName} không có đa giác riêng; diện tích nằm trong một đa giác chưa gán đã được tính."
                : $"{commune.FullName} không có đa giác riêng; diện tích chỉ được tính nếu nằm trong đa giác của đơn vị lân cận.");
        }
    }
}
