using System.Runtime.InteropServices;
using Boundaries.Core.Geodesy;

namespace Boundaries.Core.Coverage.Snapping;

/// <summary>Anchor vertices in square lon/lat cells at least as wide as the snapping tolerance, for nearest-anchor queries in metres.</summary>
internal sealed class SnapGrid(double cellDegrees, double toleranceMeters)
{
    private readonly Dictionary<(long, long), List<int>> _cells = [];
    private readonly List<double> _x = [];
    private readonly List<double> _y = [];
    private readonly List<int> _unit = [];

    /// <summary>The cell size in degrees for a tolerance in metres, valid for latitudes up to <paramref name="maxAbsLatitude"/>.</summary>
    /// <remarks>A degree of longitude is the shortest degree at the highest latitude, so cells that wide hold every point within the tolerance in the 3 × 3 block around a point.</remarks>
    public static double CellDegreesFor(double toleranceMeters, double maxAbsLatitude)
    {
        var lat = Math.Min(maxAbsLatitude, 89.0);
        var metresPerDegree = EllipsoidalMeasure.Wgs84.DistanceMeters(0, lat, 1e-3, lat) * 1e3;
        return toleranceMeters / Math.Min(metresPerDegree, EllipsoidalMeasure.Wgs84.DistanceMeters(0, 0, 0, 1e-3) * 1e3);
    }

    /// <summary>Adds an anchor belonging to a unit.</summary>
    public void Add(double x, double y, int unit)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_cells, Cell(x, y), out _);
        list ??= [];
        list.Add(_x.Count);
        _x.Add(x);
        _y.Add(y);
        _unit.Add(unit);
    }

    /// <summary>The nearest anchor of another unit within the tolerance, if any, and its distance in metres.</summary>
    public bool TryNearest(double x, double y, int unit, out double anchorX, out double anchorY, out double distanceMeters)
    {
        anchorX = anchorY = 0;
        distanceMeters = double.PositiveInfinity;
        var (cx, cy) = Cell(x, y);
        for (var i = cx - 1; i <= cx + 1; i++)
        {
            for (var j = cy - 1; j <= cy + 1; j++)
            {
                if (!_cells.TryGetValue((i, j), out var list))
                {
                    continue;
                }

                foreach (var a in list)
                {
                    if (_unit[a] == unit)
                    {
                        continue;
                    }

                    var d = EllipsoidalMeasure.Wgs84.DistanceMeters(x, y, _x[a], _y[a]);
                    if (d <= toleranceMeters && d < distanceMeters)
                    {
                        distanceMeters = d;
                        anchorX = _x[a];
                        anchorY = _y[a];
                    }
                }
            }
        }

        return distanceMeters <= toleranceMeters;
    }

    private (long, long) Cell(double x, double y) => ((long)Math.Floor(x / cellDegrees), (long)Math.Floor(y / cellDegrees));
}
