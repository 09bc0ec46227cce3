using Boundaries.Core.Coverage.Dissolving;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;

namespace Boundaries.Web.Display;

/// <summary>Derives the display shapes of the units an operation reshaped from the shapes they had before, so that only they change on screen.</summary>
/// <remarks>
/// A merged unit is drawn as the union of its members' shapes, whose shared edges are identical, so its outline is
/// the one its neighbours already show. A part moved by polygon is cut from the shapes with the same polygon on both
/// sides. Other reshaping operations (establish, dissolve, a split line) are rare: the caller simplifies the whole
/// coverage again.
/// </remarks>
internal static class OperationShapes
{
    /// <summary>Records shapes for the reshaped communes; false when some could not be derived.</summary>
    /// <param name="shapes">The shapes so far.</param>
    /// <param name="operation">The operation applied.</param>
    /// <param name="before">The named units as they were before the operation.</param>
    /// <param name="changed">The units as they are after it.</param>
    public static bool Derive(DisplayCoverage shapes, ScenarioOperation operation, IReadOnlyDictionary<UnitCode, AdminUnit> before, IReadOnlyList<AdminUnit> changed)
    {
        var missing = changed.Where(u => u.Level == UnitLevel.Commune && u.Geometry is not null && shapes.ShapeOf(u.Geometry) is null).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        return operation switch
        {
            MergeOperation merge => DeriveMerge(shapes, merge, before, missing),
            TransferOperation { Part.Shape: PolygonPart polygon } transfer => DeriveTransfer(shapes, transfer, polygon.Polygon, before, missing),
            _ => false,
        };
    }

    private static bool DeriveMerge(DisplayCoverage shapes, MergeOperation merge, IReadOnlyDictionary<UnitCode, AdminUnit> before, List<AdminUnit> missing)
    {
        var members = merge.Units.Select(c => before.GetValueOrDefault(c)?.Geometry).OfType<Geometry>().Select(shapes.ShapeOf).ToList();
        if (missing.Count != 1 || members.Count == 0 || members.Any(s => s is null))
        {
            return false;
        }

        shapes.Add(missing[0].Geometry!, PolygonDissolver.Dissolve(members!).Geometry);
        return true;
    }

    private static bool DeriveTransfer(
        DisplayCoverage shapes, TransferOperation transfer, Geometry part, IReadOnlyDictionary<UnitCode, AdminUnit> before, List<AdminUnit> missing)
    {
        var from = shapes.ShapeOf(before.GetValueOrDefault(transfer.Part.From)?.Geometry);
        var to = shapes.ShapeOf(before.GetValueOrDefault(transfer.To)?.Geometry);
        if (from is null || to is null)
        {
            return false;
        }

        var moved = OverlayNGRobust.Overlay(from, part, SpatialFunction.Intersection);
        foreach (var unit in missing)
        {
            var shape = unit.Code == transfer.Part.From ? OverlayNGRobust.Overlay(from, part, SpatialFunction.Difference)
                : unit.Code == transfer.To ? OverlayNGRobust.Union([to, moved])
                : null;
            if (shape is null)
            {
                return false;
            }

            shapes.Add(unit.Geometry!, shape);
        }

        return true;
    }
}
