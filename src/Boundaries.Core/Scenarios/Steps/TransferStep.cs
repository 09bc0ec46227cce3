using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Scenarios.Territories;

namespace Boundaries.Core.Scenarios.Steps;

/// <summary>Plans a transfer: part of one commune-level unit joins a neighbour.</summary>
internal static class TransferStep
{
    public static OperationRefusal? Plan(StepContext context, TransferOperation op)
    {
        if (context.Resolve([op.Part.From, op.To], out var units) is { } unknown)
        {
            return unknown;
        }

        var (source, target) = (units[0], units[1]);
        if (target.Level != UnitLevel.Commune)
        {
            return context.Refuse(target.Code, "level", $"chỉ chuyển được một phần sang đơn vị cấp xã; {StepContext.Name(target)} là đơn vị {target.Level.VietnameseName()}");
        }

        var (taken, refusal) = PartStep.Take(context, op.Part, target.Code);
        if (refusal is not null)
        {
            return refusal;
        }

        var what = op.Part.Describe(source);
        var received = context.WithPopulation(target, op.Part.Population);
        var allowed = StepContext.PiecesAllowed([target.Geometry], op.Island);
        if (taken!.Polygon is { } polygon)
        {
            if (target.Geometry is null)
            {
                return context.Refuse(target.Code, "part", $"{StepContext.Name(target)} không có ranh giới để nhận {what}");
            }

            var pieces = new List<Territory> { new(StepContext.Name(target), target.Code, target.Geometry), new(what, source.Code, polygon) };
            var (union, apart) = TerritoryUnion.Unite(context, pieces, allowed, StepContext.Name(target));
            if (apart is not null)
            {
                return apart;
            }

            received = received with { Geometry = union };
        }
        else
        {
            context.Change.DeclaredAreaKm2[target.Code] = context.Change.DeclaredAreaKm2.GetValueOrDefault(target.Code) + taken.AreaKm2;
            if (received.OfficialArea is { } official)
            {
                received = received with { OfficialArea = official with { Km2 = official.Km2 + taken.AreaKm2, Source = official.Source + FormattableString.Invariant($"; plus {taken.AreaKm2} km² declared (operation {context.Change.Number})") } };
            }
        }

        context.Change.Set(received, allowed);
        context.Change.Compositions[target.Code] = Composition.Sum([context.CompositionOf(target), taken.Moved]);
        var figures = StepContext.Figures(taken.AreaKm2, op.Part.Population) + (taken.Declared ? " (" + DeclaredFigure.Flag + ")" : "");
        context.Change.Message = $"{what} → {StepContext.Name(target)}: {figures}";
        return null;
    }
}
