using System.Runtime.CompilerServices;
using NetTopologySuite.Coverage;

namespace Boundaries.Web.Display;

/// <summary>Display-simplified shapes of unit polygons, simplified together as one coverage so that neighbours keep sharing their edges on screen.</summary>
/// <remarks>
/// Shapes are for drawing only: every area the planner sees is measured on the full polygons by the engine.
/// A shape is found by the identity of the polygon it was made from, so the baseline's shapes are shared by every
/// scenario, and a unit an operation leaves untouched keeps its shape.
/// </remarks>
internal sealed class DisplayCoverage
{
    private readonly ConditionalWeakTable<Geometry, Geometry> _shapes = [];

    /// <summary>Simplifies the given polygons with a tolerance in degrees.</summary>
    public DisplayCoverage(IEnumerable<Geometry> polygons, double toleranceDegrees)
    {
        ToleranceDegrees = toleranceDegrees;
        SimplifyTogether(polygons);
    }

    /// <summary>The simplification tolerance in degrees.</summary>
    public double ToleranceDegrees { get; }

    /// <summary>The shape drawn for a polygon, or null when none has been made for it.</summary>
    public Geometry? ShapeOf(Geometry? polygon) => polygon is not null && _shapes.TryGetValue(polygon, out var shape) ? shape : null;

    /// <summary>Records the shape drawn for a polygon that an operation made.</summary>
    public void Add(Geometry polygon, Geometry shape) => _shapes.AddOrUpdate(polygon, shape);

    /// <summary>Simplifies polygons as one coverage (CoverageSimplifier keeps shared edges shared) and records their shapes.</summary>
    /// <remarks>About 0.2 s for the 104 polygons of Trà Vinh, so it runs at start and after the rare operations whose shapes cannot be derived.</remarks>
    public void SimplifyTogether(IEnumerable<Geometry> polygons)
    {
        var input = polygons.Distinct(ReferenceEqualityComparer.Instance).Cast<Geometry>().ToArray();
        if (input.Length == 0)
        {
            return;
        }

        var simplified = CoverageSimplifier.Simplify(input, ToleranceDegrees);
        for (var i = 0; i < input.Length; i++)
        {
            _shapes.AddOrUpdate(input[i], simplified[i]);
        }
    }
}
