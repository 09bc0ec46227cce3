using System.Globalization;
using Boundaries.Core.Geodesy;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Territories;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Takes a part out of a commune-level unit (by polygon, splitting line or declared figures), for a transfer or an establishment.</summary>
internal static class PartStep
{
    /// <summary>What was taken: the part's polygon (null when declared), its area, and the flows of the code table.</summary>
    public sealed record Taken(Geometry? Polygon, double AreaKm2, Composition Moved, bool Declared);

    /// <summary>Plans the source's new state in the change and returns what was taken, or a refusal.</summary>
    public static (Taken? Taken, OperationRefusal? Refusal) Take(StepContext context, UnitPart part, UnitCode receiver)
    {
        if (context.Current(part.From) is not { } source)
        {
            return (null, context.Resolve(part.From, out _) ?? context.Refuse(part.From, "unknown-unit", $"đơn vị {part.From} không còn sau thao tác này"));
        }

        var what = part.Describe(source);
        if (source.Level != UnitLevel.Commune)
        {
            return (null, context.Refuse(source.Code, "level", $"chỉ điều chỉnh được một phần của đơn vị cấp xã; {StepContext.Name(source)} là đơn vị {source.Level.VietnameseName()}"));
        }

        if (part.Population < 0 || part.Population > (source.Population?.Value ?? 0))
        {
            return (null, context.Refuse(source.Code, "population", string.Create(CultureInfo.InvariantCulture, $"{what} không thể chuyển {part.Population:N0} người: {StepContext.Name(source)} {(source.Population is { } p ? "có " + p.Value.ToString("N0", CultureInfo.InvariantCulture) + " người" : "chưa có số dân")}")));
        }

        if (part.Shape is DeclaredPart declared)
        {
            return TakeDeclared(context, part, source, declared, receiver);
        }

        if (source.Geometry is null)
        {
            return (null, context.Refuse(source.Code, "part", $"{StepContext.Name(source)} không có ranh giới để cắt {what}; hãy nhập phần này theo số liệu công bố"));
        }

        var (cut, problem) = PartCutter.Cut(source.Geometry, StepContext.Name(source), part.Shape);
        if (cut is null)
        {
            return (null, context.Refuse(source.Code, "part", $"{what}: {problem}"));
        }

        context.Change.Notes.AddRange(cut.Notes);
        var allowed = Math.Max(1, Polygonal.Pieces(source.Geometry));
        if (Polygonal.Pieces(cut.Remainder) > allowed)
        {
            return (null, context.Refuse(source.Code, "not-one-piece", $"khi chuyển {what}, {StepContext.Name(source)} sẽ bị tách thành {cut.Remainder.NumGeometries} mảnh rời nhau"));
        }

        var areaKm2 = EllipsoidalMeasure.AreaKm2(cut.Part);
        var (moved, kept) = context.CompositionOf(source).Split(AreaByOrigin(context, source, cut.Part, areaKm2), part.Population, false);
        var remaining = context.WithPopulation(source, -part.Population) with { Geometry = cut.Remainder };
        context.Change.Set(remaining, allowed);
        context.Change.Compositions[source.Code] = kept;
        return (new Taken(cut.Part, areaKm2, moved, false), null);
    }

    private static (Taken?, OperationRefusal?) TakeDeclared(StepContext context, UnitPart part, AdminUnit source, DeclaredPart declared, UnitCode receiver)
    {
        var available = (source.GeodesicAreaKm2 ?? double.PositiveInfinity) + context.Map.DeclaredAreaKm2Of(source.Code) + context.Change.DeclaredAreaKm2.GetValueOrDefault(source.Code);
        if (declared.AreaKm2 <= 0 || declared.AreaKm2 >= available)
        {
            return (null, context.Refuse(source.Code, "part", FormattableString.Invariant($"{part.Describe(source)}: diện tích công bố {declared.AreaKm2} km² phải lớn hơn 0 và nhỏ hơn {available:0.###} km² của đơn vị")));
        }

        var (moved, kept) = context.CompositionOf(source).Split(Proportional(context.CompositionOf(source), declared.AreaKm2), part.Population, true);
        var remaining = context.WithPopulation(source, -part.Population);
        if (remaining.OfficialArea is { } official)
        {
            remaining = remaining with { OfficialArea = official with { Km2 = official.Km2 - declared.AreaKm2, Source = official.Source + FormattableString.Invariant($"; minus {declared.AreaKm2} km² declared (operation {context.Change.Number})") } };
        }

        context.Change.Set(remaining);
        context.Change.Compositions[source.Code] = kept;
        context.Change.DeclaredAreaKm2[source.Code] = context.Change.DeclaredAreaKm2.GetValueOrDefault(source.Code) - declared.AreaKm2;
        context.Change.Declared.Add(new DeclaredFigure(context.Change.Number, source.Code, receiver, declared.AreaKm2, part.Population, part.Name, declared.Source));
        context.Change.Method = DeclaredFigure.Flag;
        return (new Taken(null, declared.AreaKm2, moved, true), null);
    }

    /// <summary>How much of each baseline unit lies in the part: all from the one origin, else measured against the baseline polygons.</summary>
    private static Dictionary<UnitCode, double> AreaByOrigin(StepContext context, AdminUnit source, Geometry part, double areaKm2)
    {
        var flows = context.CompositionOf(source).Flows;
        if (flows.Count == 1)
        {
            return new Dictionary<UnitCode, double> { [flows.Keys.First()] = areaKm2 };
        }

        var shares = new Dictionary<UnitCode, double>();
        foreach (var origin in flows.Keys)
        {
            if (context.Map.Baseline.Find(origin)?.Geometry is { } g && g.EnvelopeInternal.Intersects(part.EnvelopeInternal))
            {
                shares[origin] = EllipsoidalMeasure.AreaKm2(OverlayNGRobust.Overlay(g, part, SpatialFunction.Intersection));
            }
        }

        // Scale so that the shares add up to the part exactly (the baseline polygons may overlap by slivers).
        var sum = shares.Values.Sum();
        return sum > 0 ? shares.ToDictionary(kv => kv.Key, kv => kv.Value / sum * areaKm2) : Proportional(context.CompositionOf(source), areaKm2);
    }

    private static Dictionary<UnitCode, double> Proportional(Composition composition, double areaKm2)
    {
        var total = composition.Flows.Values.Sum(f => f.AreaKm2);
        return total > 0
            ? composition.Flows.ToDictionary(kv => kv.Key, kv => kv.Value.AreaKm2 / total * areaKm2)
            : new Dictionary<UnitCode, double> { [composition.Flows.Keys.First()] = areaKm2 };
    }
}
