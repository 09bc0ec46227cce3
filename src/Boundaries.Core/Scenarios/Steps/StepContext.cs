using System.Globalization;
using Boundaries.Core.Scenarios.Territories;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>What every operation's planning needs: the working map, the change being built, and the ways to refuse.</summary>
internal sealed class StepContext(WorkingMap map, int number, string operation)
{
    public WorkingMap Map { get; } = map;

    public PlannedChange Change { get; } = new(number, operation);

    /// <summary>A refusal of this operation.</summary>
    public OperationRefusal Refuse(UnitCode? unit, string check, string message) => new(Change.Number, Change.Operation, unit, check, message);

    /// <summary>The current state of a unit: as planned in this change if it is, else as in the map.</summary>
    public AdminUnit? Current(UnitCode code) => Change.Units.TryGetValue(code, out var planned) ? planned : Map.Find(code);

    /// <summary>The composition of a unit as planned in this change, else as in the map.</summary>
    public Composition CompositionOf(AdminUnit unit) =>
        Change.Compositions.TryGetValue(unit.Code, out var planned) && planned is not null ? planned : Map.CompositionOf(unit);

    /// <summary>Records that <paramref name="formed"/> is formed from these units: each counts as the units it was itself formed from, or one.</summary>
    public void MarkFormed(UnitCode formed, IEnumerable<AdminUnit> from) =>
        Change.Formed[formed] = from.Sum(u => Map.Formed.GetValueOrDefault(u.Code, 1));

    /// <summary>Finds the units, refusing the first unknown or repeated code.</summary>
    public OperationRefusal? Resolve(IEnumerable<UnitCode> codes, out List<AdminUnit> units)
    {
        units = [];
        foreach (var code in codes)
        {
            if (units.Any(u => u.Code == code))
            {
                return Refuse(code, "repeated-unit", $"đơn vị {code} được nêu hai lần");
            }

            if (Map.Find(code) is not { } unit)
            {
                return Refuse(code, "unknown-unit", UnknownMessage(code));
            }

            units.Add(unit);
        }

        return null;
    }

    /// <summary>Finds one unit.</summary>
    public OperationRefusal? Resolve(UnitCode code, out AdminUnit unit)
    {
        var refusal = Resolve([code], out var units);
        unit = refusal is null ? units[0] : null!;
        return refusal;
    }

    /// <summary>
    /// Plans a change of one unit's own attributes (name, type; code and territory stay): the unit found, the change refused
    /// when <paramref name="refusal"/> gives a reason, else the unit replaced by <paramref name="change"/> and the message "before → after".
    /// </summary>
    public OperationRefusal? Amend(UnitCode code, Func<AdminUnit, OperationRefusal?> refusal, Func<AdminUnit, AdminUnit> change)
    {
        if (Resolve(code, out var unit) is { } unknown)
        {
            return unknown;
        }

        if (refusal(unit) is { } refused)
        {
            return refused;
        }

        var changed = change(unit);
        Change.Set(changed);
        Change.Message = $"{Name(unit)} → {Name(changed)}";
        return null;
    }

    /// <summary>The unit with its population changed by <paramref name="delta"/>, the figure's source saying so.</summary>
    public AdminUnit WithPopulation(AdminUnit unit, long delta)
    {
        if (delta == 0)
        {
            return unit;
        }

        var figure = unit.Population is { } p
            ? new PopulationFigure(p.Value + delta, p.Year, Sourced(p.Source))
            : new PopulationFigure(delta, 0, $"moved by scenario operation {Change.Number}");
        // An official figure moves with the people the operation moves, so that official figures stay first after a transfer.
        var official = unit.OfficialPopulation is { } o ? o with { Value = o.Value + delta, Source = Sourced(o.Source) } : null;
        return unit with { Population = figure, OfficialPopulation = official };
    }

    /// <summary>A population source with this operation's adjustment appended once.</summary>
    public string Sourced(string source)
    {
        var suffix = $"; adjusted by scenario operation {Change.Number}";
        return source.EndsWith(suffix, StringComparison.Ordinal) ? source : source + suffix;
    }

    /// <summary>Moves the declared area recorded for <paramref name="from"/> to <paramref name="to"/>.</summary>
    public void CarryDeclared(UnitCode from, UnitCode to)
    {
        var km2 = Map.DeclaredAreaKm2Of(from) + Change.DeclaredAreaKm2.GetValueOrDefault(from);
        if (km2 == 0 || from == to)
        {
            return;
        }

        Change.DeclaredAreaKm2[from] = Change.DeclaredAreaKm2.GetValueOrDefault(from) - km2;
        Change.DeclaredAreaKm2[to] = Change.DeclaredAreaKm2.GetValueOrDefault(to) + km2;
    }

    /// <summary>The pieces a union of these units may have: one, plus the extra pieces the units already had (islands).</summary>
    public static int PiecesAllowed(IEnumerable<Geometry?> inputs, bool island) =>
        island ? int.MaxValue : 1 + inputs.Sum(g => Math.Max(0, Polygonal.Pieces(g) - 1));

    /// <summary>When a union has more pieces than allowed, the unit lying apart from the largest piece.</summary>
    public OperationRefusal? Detached(Geometry union, int allowed, IReadOnlyList<(string Name, UnitCode Code, Geometry Geometry)> inputs, string unitFormed)
    {
        if (Polygonal.Pieces(union) <= allowed)
        {
            return null;
        }

        var largest = Enumerable.Range(0, union.NumGeometries).Select(union.GetGeometryN).MaxBy(g => g.Area)!;
        var apart = inputs.FirstOrDefault(i => !i.Geometry.Intersects(largest));
        var (name, code) = apart.Geometry is null ? (inputs[^1].Name, inputs[^1].Code) : (apart.Name, apart.Code);
        return Refuse(code, "not-adjacent", $"{name} không có chung ranh giới với phần còn lại của {unitFormed}, đơn vị này sẽ bị tách thành {union.NumGeometries} mảnh rời nhau; {IslandHint}");
    }

    /// <summary>What a refusal for a unit in separate pieces tells the planner to do when the pieces are meant (cù lao, đảo).</summary>
    public const string IslandHint = "nếu đơn vị thật sự gồm nhiều mảnh (cù lao, đảo), hãy ghi \"island\": true cho thao tác này trong tệp phương án";

    /// <summary>A unit as messages name it: "Phường 3 (29242)".</summary>
    public static string Name(AdminUnit unit) => $"{unit.FullName} ({unit.Code})";

    /// <summary>Area and population as messages give them.</summary>
    public static string Figures(double? km2, long? population) =>
        $"{(km2 is { } a ? Formatting.VietnameseFormat.Number(a, 2) + " km²" : "chưa có diện tích")}, {(population is { } p ? Formatting.VietnameseFormat.Count(p) + " người" : "chưa có dân số")}";

    private string UnknownMessage(UnitCode code)
    {
        var op = Map.TouchedBy.TryGetValue(code, out var numbers) ? numbers.Max : (int?)null;
        return Map.WentTo.TryGetValue(code, out var to)
            ? $"đơn vị {code} đã không còn từ thao tác {op} (địa giới đã chuyển vào {string.Join(", ", to)})"
            : $"không có đơn vị mã {code} trên bản đồ";
    }
}
