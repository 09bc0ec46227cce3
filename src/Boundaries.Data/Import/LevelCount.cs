namespace Boundaries.Data.Import;

/// <summary>How many units of a level were imported, and how many have a polygon and a population figure.</summary>
/// <param name="Level">The tier.</param>
/// <param name="Units">Units of that tier.</param>
/// <param name="WithGeometry">Units with their own polygon.</param>
/// <param name="WithPopulation">Units with a population figure.</param>
public sealed record LevelCount(UnitLevel Level, int Units, int WithGeometry, int WithPopulation)
{
    /// <summary>Units without a polygon of their own.</summary>
    public int WithoutGeometry => Units - WithGeometry;
}
