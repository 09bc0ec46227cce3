namespace Boundaries.Data.Import.Building;

/// <summary>The units being assembled, by code, in the order they were first listed.</summary>
internal sealed class UnitTable
{
    private readonly Dictionary<UnitCode, AdminUnit> _units = [];
    private readonly List<UnitCode> _order = [];

    /// <summary>Number of units.</summary>
    public int Count => _order.Count;

    /// <summary>Adds a unit; false when its code is already taken.</summary>
    public bool TryAdd(AdminUnit unit)
    {
        if (!_units.TryAdd(unit.Code, unit))
        {
            return false;
        }

        _order.Add(unit.Code);
        return true;
    }

    /// <summary>True when a unit has this code.</summary>
    public bool Contains(UnitCode code) => _units.ContainsKey(code);

    /// <summary>The unit with this code, or null.</summary>
    public AdminUnit? Find(UnitCode code) => _units.GetValueOrDefault(code);

    /// <summary>Replaces a unit by one with the same code (AdminUnit is immutable).</summary>
    public void Replace(AdminUnit unit)
    {
        if (!_units.ContainsKey(unit.Code))
        {
            throw new InvalidOperationException($"No unit {unit.Code} to replace.");
        }

        _units[unit.Code] = unit;
    }

    /// <summary>Removes the units that match; the others keep their order.</summary>
    public void RemoveAll(Func<AdminUnit, bool> match)
    {
        var removed = _order.Where(c => match(_units[c])).ToHashSet();
        _order.RemoveAll(removed.Contains);
        foreach (var code in removed)
        {
            _units.Remove(code);
        }
    }

    /// <summary>Applies a change to the unit with this code.</summary>
    public void Update(UnitCode code, Func<AdminUnit, AdminUnit> change) => Replace(change(_units[code]));

    /// <summary>The units, provinces first, then districts, then communes, each in listed order.</summary>
    public IReadOnlyList<AdminUnit> InOrder() =>
        _order.Select(c => _units[c]).OrderBy(u => u.Level).ToList();
}
