namespace Boundaries.Data.Import.Building;

/// <summary>Narrows a multi-province unit list to one province and the units below it (<see cref="ImportOptions.Province"/>).</summary>
internal static class ProvinceSelection
{
    /// <summary>Removes every unit that is neither the province nor below it; throws naming the manifest when the code is not a province of the list.</summary>
    public static void Keep(UnitTable units, string provinceCode, string manifestPath)
    {
        var code = GsoCodes.Normalise(provinceCode, UnitLevel.Province);
        if (code is not { } province || units.Find(province) is not { Level: UnitLevel.Province })
        {
            var known = units.InOrder().Where(u => u.Level == UnitLevel.Province).Select(u => $"{u.Code} {u.Name}");
            throw new InputDataException(manifestPath, $"--province {provinceCode}: not a province of this dataset (it has {string.Join(", ", known)})");
        }

        // InOrder lists provinces, then districts, then communes, so a parent is decided before its children.
        var kept = new HashSet<UnitCode> { province };
        foreach (var unit in units.InOrder())
        {
            if (unit.ParentCode is { } parent && kept.Contains(parent))
            {
                kept.Add(unit.Code);
            }
        }

        units.RemoveAll(u => !kept.Contains(u.Code));
    }
}
