namespace Boundaries.Core.Units;

/// <summary>What a unit code may look like: the official GSO pattern of a level, or (for units a scenario creates) a plain identifier.</summary>
public static class OfficialCodes
{
    /// <summary>The number of digits of a GSO code at a level: 2 for provinces, 3 for districts, 5 for communes.</summary>
    public static int WidthOf(UnitLevel level) => level switch
    {
        UnitLevel.Province => 2,
        UnitLevel.District => 3,
        _ => 5,
    };

    /// <summary>True when <paramref name="code"/> is all digits and as long as a code of <paramref name="level"/>.</summary>
    public static bool Matches(string code, UnitLevel level) =>
        code.Length == WidthOf(level) && code.All(char.IsAsciiDigit);

    /// <summary>True when <paramref name="code"/> is at most 16 ASCII letters, digits, '-' or '_': nothing markup or a path could hide in.</summary>
    public static bool IsPlain(string code) =>
        code.Length is > 0 and <= 16 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>How a code of the level is described in a message: "a 5-digit commune code".</summary>
    public static string Describe(UnitLevel level) =>
        $"a {WidthOf(level)}-digit {level.ToString().ToLowerInvariant()} code";
}
