namespace Boundaries.Cli.Maps;

/// <summary>Reads a --district option: a district-level code of the map.</summary>
internal static class DistrictOption
{
    /// <summary>The district's code, or null when the option is absent; a code not in the map or not a district is a usage error.</summary>
    public static UnitCode? Parse(string? text, AdminMap map)
    {
        if (text is null)
        {
            return null;
        }

        var unit = map.Find(new UnitCode(text.Trim())) ?? throw new UsageException($"--district {text}: no unit with this code in the map");
        return unit.Level == UnitLevel.District
            ? unit.Code
            : throw new UsageException($"--district {text}: {unit.FullName} is not a district-level unit{(map.Districts.Any() ? "" : " (this map has no district level: since 01/07/2025 communes are directly under the province)")}");
    }
}
