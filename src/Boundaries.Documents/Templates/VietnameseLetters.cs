namespace Boundaries.Documents.Templates;

/// <summary>The letters of points in official texts (Nghị định 30/2020/NĐ-CP): a, b, c, d, đ, e, g, h, i, k … — no f, j, w, z.</summary>
internal static class VietnameseLetters
{
    private static readonly string[] Letters = ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"];

    /// <summary>The letter of the point at <paramref name="index"/>, counted from 0.</summary>
    public static string At(int index) => index >= 0 && index < Letters.Length ? Letters[index] : throw new ArgumentOutOfRangeException(nameof(index), index, "more points than letters");
}
