namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// Splits a closed walk of nodes into simple rings at every node it passes more than once, and writes each ring
/// reversed: walks keep the covered side on the left, polygons from overlay have clockwise shells.
/// </summary>
internal sealed class RingSplitter
{
    private readonly List<Coordinate> _nodes;
    private readonly List<Coordinate[]> _rings;
    private readonly List<int> _path = [];
    private readonly int[] _positionOnPath;

    public RingSplitter(List<Coordinate> nodes, List<Coordinate[]> rings)
    {
        _nodes = nodes;
        _rings = rings;
        _positionOnPath = new int[nodes.Count];
        Array.Fill(_positionOnPath, -1);
    }

    /// <summary>Adds the simple rings of one closed walk (first node not repeated at the end) to the ring list.</summary>
    public void Split(List<int> walk)
    {
        _path.Clear();
        foreach (var node in walk)
        {
            var position = _positionOnPath[node];
            if (position >= 0)
            {
                Emit(position);
            }
            else
            {
                _positionOnPath[node] = _path.Count;
                _path.Add(node);
            }
        }

        Emit(0);
        _positionOnPath[_path[0]] = -1;
    }

    /// <summary>Closes the loop from position to the end of the path back to its start and cuts it off the path.</summary>
    private void Emit(int position)
    {
        var count = _path.Count - position;
        var ring = new Coordinate[count + 1];
        ring[0] = ring[count] = _nodes[_path[position]];
        for (var i = 1; i < count; i++)
        {
            var node = _path[position + i];
            ring[count - i] = _nodes[node];
            _positionOnPath[node] = -1;
        }

        _rings.Add(ring);
        _path.RemoveRange(position + 1, count - 1);
    }
}
