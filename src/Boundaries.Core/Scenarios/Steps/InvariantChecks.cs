using System.Globalization;
using Boundaries.Core.Scenarios.Territories;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>The checks run after every operation, before it is committed: area and people conserved, no gap or overlap, one piece, one parent.</summary>
/// <remarks>
/// Gaps and overlaps are checked against the input coverage: every polygon an operation produces is cut from, or
/// united out of, the polygons it replaces, so its territory can only differ from theirs by what the overlay adds or
/// removes. Comparing the areas therefore finds any gap or overlap it introduced; the overlaps that the input already
/// had between the united units are measured and reported, not counted as lost.
/// </remarks>
internal static class InvariantChecks
{
    /// <summary>The relative tolerance on a province's area (1e-9: 2.4 m² in Trà Vinh).</summary>
    public const double RelativeAreaTolerance = 1e-9;

    /// <summary>The first broken invariant, or null when the change keeps them all.</summary>
    public static OperationRefusal? Check(WorkingMap map, PlannedChange change) =>
        Parents(map, change) ?? Pieces(change) ?? Population(map, change) ?? Area(map, change);

    private static OperationRefusal? Parents(WorkingMap map, PlannedChange change)
    {
        foreach (var (code, unit) in change.Units)
        {
            if (unit is null)
            {
                var orphan = map.ChildrenOf(code).FirstOrDefault(child =>
                    !change.Units.TryGetValue(child.Code, out var next) || (next is not null && next.ParentCode == code));
                if (orphan is not null)
                {
                    return Refuse(change, orphan.Code, "parent", $"{orphan.FullName} sẽ không còn đơn vị cấp trên khi {map.Find(code)?.FullName} không còn");
                }

                continue;
            }

            if (unit.Level == UnitLevel.Province)
            {
                continue;
            }

            if (unit.ParentCode is not { } parentCode)
            {
                return Refuse(change, code, "parent", $"{unit.FullName} sẽ không có đơn vị cấp trên");
            }

            var parent = change.Units.TryGetValue(parentCode, out var planned) ? planned : map.Find(parentCode);
            if (parent is null)
            {
                return Refuse(change, code, "parent", $"đơn vị cấp trên {parentCode} của {unit.FullName} không tồn tại");
            }

            if (!Tiers.MayBeUnder(unit.Level, parent.Level, map.TwoTier))
            {
                return Refuse(change, code, "parent", $"{unit.FullName} (đơn vị {unit.Level.VietnameseName()}) không thể trực thuộc {parent.FullName} (đơn vị {parent.Level.VietnameseName()})");
            }
        }

        return null;
    }

    private static OperationRefusal? Pieces(PlannedChange change)
    {
        foreach (var (code, allowed) in change.PieceAllowance)
        {
            var unit = change.Units[code];
            var pieces = Polygonal.Pieces(unit?.Geometry);
            if (unit is not null && pieces > allowed)
            {
                return Refuse(change, code, "not-one-piece", $"{unit.FullName} sẽ bị tách thành {pieces} mảnh rời nhau; {StepContext.IslandHint}");
            }
        }

        return null;
    }

    private static OperationRefusal? Population(WorkingMap map, PlannedChange change)
    {
        long before = 0, after = 0;
        foreach (var (code, unit) in change.Units)
        {
            before += CommunePopulation(map.Find(code));
            after += CommunePopulation(unit);
        }

        if (before == after)
        {
            return null;
        }

        var first = change.Units.Keys.First();
        return Refuse(change, first, "population", string.Create(CultureInfo.InvariantCulture, $"các đơn vị sẽ có {after:N0} người thay vì {before:N0} người"));
    }

    private static OperationRefusal? Area(WorkingMap map, PlannedChange change)
    {
        double before = 0, after = change.DeclaredAreaKm2.Values.Sum();
        AdminUnit? anyUnit = null;
        foreach (var (code, unit) in change.Units)
        {
            var old = map.Find(code);
            anyUnit ??= old ?? unit;
            before += CommuneArea(old);
            after += CommuneArea(unit);
        }

        if (anyUnit is null)
        {
            return null;
        }

        var tolerance = RelativeAreaTolerance * map.ProvinceAreaKm2(map.ProvinceOf(anyUnit) ?? (anyUnit.ParentCode is { } p ? change.Units.GetValueOrDefault(p) : null));
        var lost = before - after - change.InputOverlapKm2;
        if (Math.Abs(lost) <= tolerance)
        {
            return null;
        }

        var changed = change.Units.FirstOrDefault(kv => kv.Value?.Level == UnitLevel.Commune && !ReferenceEquals(kv.Value.Geometry, map.Find(kv.Key)?.Geometry));
        var what = lost > 0 ? "khe hở" : "chồng lấn";
        return Refuse(change, changed.Key == default ? anyUnit.Code : changed.Key, "area-not-conserved", string.Create(
            CultureInfo.InvariantCulture,
            $"các vùng sẽ {(lost > 0 ? "mất" : "thêm")} {Math.Abs(lost) * 1e6:0.###} m² (dung sai {tolerance * 1e6:0.###} m²), tức là có {what} so với lớp bản đồ đầu vào"));
    }

    private static long CommunePopulation(AdminUnit? unit) =>
        unit is { Level: UnitLevel.Commune, Population: { } p } ? p.Value : 0;

    private static double CommuneArea(AdminUnit? unit) =>
        unit is { Level: UnitLevel.Commune } ? unit.GeodesicAreaKm2 ?? 0 : 0;

    private static OperationRefusal Refuse(PlannedChange change, UnitCode unit, string check, string message) =>
        new(change.Number, change.Operation, unit, check, message);
}
