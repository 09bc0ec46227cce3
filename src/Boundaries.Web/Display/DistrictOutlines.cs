using Boundaries.Core.Coverage.Dissolving;

namespace Boundaries.Web.Display;

/// <summary>The display outline of each district, the union of its communes' shapes, made again only when the district's territory changed.</summary>
/// <remarks>
/// The union of a district's shapes costs up to half a second when its communes are not a clean coverage (huyện Trà Cú),
/// so outlines are kept by the set of shapes they were made from, and an operation that keeps its territory inside one
/// district (a merge or a transfer between two of its communes) hands the outline on to the new set of shapes
/// (<see cref="Rekey"/>). Not thread-safe: one instance per scenario session, used under its gate.
/// </remarks>
internal sealed class DistrictOutlines
{
    private const int KeptPerDistrict = 16;

    private readonly Dictionary<UnitCode, List<(HashSet<Geometry> Members, Geometry Outline)>> _known = [];

    /// <summary>Starts empty, or with the outlines <paramref name="seed"/> knows (the baseline's).</summary>
    public DistrictOutlines(DistrictOutlines? seed = null)
    {
        if (seed is null)
        {
            return;
        }

        lock (seed._known)
        {
            foreach (var (district, entries) in seed._known)
            {
                _known[district] = [.. entries];
            }
        }
    }

    /// <summary>The outline of every district that has shapes below it, by district code.</summary>
    /// <param name="shapesByDistrict">The shapes of each district's communes and unassigned areas.</param>
    public IReadOnlyDictionary<UnitCode, Geometry> Of(IReadOnlyDictionary<UnitCode, List<Geometry>> shapesByDistrict)
    {
        lock (_known)
        {
            var outlines = new Dictionary<UnitCode, Geometry>();
            foreach (var (district, shapes) in shapesByDistrict)
            {
                if (shapes.Count == 0)
                {
                    continue;
                }

                var entries = Entries(district);
                var found = entries.FindIndex(e => e.Members.SetEquals(shapes));
                if (found < 0)
                {
                    entries.Add((new HashSet<Geometry>(shapes, ReferenceEqualityComparer.Instance), Slivers.Without(PolygonDissolver.Dissolve(shapes).Geometry)));
                    found = entries.Count - 1;
                }

                outlines[district] = entries[found].Outline;
                Trim(entries);
            }

            return outlines;
        }
    }

    /// <summary>Hands a district's outline on to its shapes after an operation that replaced <paramref name="removed"/> by <paramref name="added"/> inside it.</summary>
    /// <remarks>Only for operations whose communes lie in this one district before and after: its territory, and so its outline, is unchanged.</remarks>
    public void Rekey(UnitCode district, IReadOnlyCollection<Geometry> removed, IReadOnlyCollection<Geometry> added)
    {
        lock (_known)
        {
            var entries = Entries(district);
            foreach (var (members, outline) in entries.ToList())
            {
                if (removed.All(members.Contains))
                {
                    var next = new HashSet<Geometry>(members.Except(removed, ReferenceEqualityComparer.Instance).Cast<Geometry>().Concat(added), ReferenceEqualityComparer.Instance);
                    if (!entries.Any(e => e.Members.SetEquals(next)))
                    {
                        entries.Add((next, outline));
                    }
                }
            }

            Trim(entries);
        }
    }

    private List<(HashSet<Geometry> Members, Geometry Outline)> Entries(UnitCode district)
    {
        if (!_known.TryGetValue(district, out var entries))
        {
            _known[district] = entries = [];
        }

        return entries;
    }

    private static void Trim(List<(HashSet<Geometry> Members, Geometry Outline)> entries)
    {
        // The first entry is the baseline's, which undo returns to; the oldest of the others go first.
        while (entries.Count > KeptPerDistrict)
        {
            entries.RemoveAt(1);
        }
    }
}
