using System.Globalization;
using Boundaries.Core.Quality;

namespace Boundaries.Core.Coverage.Checks;

/// <summary>What is wrong with a coverage: its gaps, its overlaps and the boundary runs that do not match, with totals.</summary>
/// <param name="UnitCount">How many units were checked.</param>
/// <param name="Gaps">Holes in the coverage, largest first.</param>
/// <param name="Overlaps">Pairs of units claiming common ground, largest first.</param>
/// <param name="MismatchedEdges">Boundary runs that do not match their neighbour's, longest first.</param>
public sealed record CoverageReport(int UnitCount, IReadOnlyList<CoverageGap> Gaps, IReadOnlyList<CoverageOverlap> Overlaps, IReadOnlyList<MismatchedEdge> MismatchedEdges)
{
    /// <summary>Whether the units form a clean coverage: no gap, no overlap, every common boundary matching vertex for vertex.</summary>
    public bool IsClean => Gaps.Count == 0 && Overlaps.Count == 0 && MismatchedEdges.Count == 0;

    /// <summary>Total area of the gaps in m².</summary>
    public double GapAreaSquareMeters => Gaps.Sum(g => g.AreaSquareMeters);

    /// <summary>Area of the largest gap in m²; 0 without gaps.</summary>
    public double LargestGapSquareMeters => Gaps.Count == 0 ? 0 : Gaps.Max(g => g.AreaSquareMeters);

    /// <summary>Total area of the overlaps in m².</summary>
    public double OverlapAreaSquareMeters => Overlaps.Sum(o => o.AreaSquareMeters);

    /// <summary>Total length of the mismatched boundary runs in metres.</summary>
    public double MismatchedLengthMeters => MismatchedEdges.Sum(e => e.LengthMeters);

    /// <summary>One line with the totals, e.g. "104 units: 220 gaps (2.527 m², largest 0.183 m²), 51 overlaps (2.532 m²), 349 mismatched boundary runs (301.055 km)".</summary>
    public string Summary => string.Create(
        CultureInfo.InvariantCulture,
        $"{UnitCount} units: {Gaps.Count} gaps ({GapAreaSquareMeters:0.###} m², largest {LargestGapSquareMeters:0.###} m²), " +
        $"{Overlaps.Count} overlaps ({OverlapAreaSquareMeters:0.###} m²), {MismatchedEdges.Count} mismatched boundary runs ({MismatchedLengthMeters / 1000:0.###} km)");

    /// <summary>Every problem as a data issue: gaps and overlaps as warnings, mismatched runs as information.</summary>
    public IReadOnlyList<DataIssue> ToIssues()
    {
        var issues = new List<DataIssue>(Gaps.Count + Overlaps.Count + MismatchedEdges.Count);
        foreach (var gap in Gaps)
        {
            issues.Add(new DataIssue(IssueSeverity.Warning, "coverage-gap", Invariant($"gap of {gap.AreaSquareMeters:0.####} m² between {string.Join(", ", gap.UnitKeys)}"))
            {
                Location = gap.Location,
                Magnitude = gap.AreaSquareMeters,
            });
        }

        foreach (var overlap in Overlaps)
        {
            issues.Add(new DataIssue(IssueSeverity.Warning, "coverage-overlap", Invariant($"{overlap.KeyA} and {overlap.KeyB} overlap by {overlap.AreaSquareMeters:0.####} m²"))
            {
                Code = CodeOf(overlap.KeyA),
                Location = overlap.Location,
                Magnitude = overlap.AreaSquareMeters,
            });
        }

        foreach (var edge in MismatchedEdges)
        {
            issues.Add(new DataIssue(IssueSeverity.Info, "coverage-edge-mismatch", Invariant($"{edge.LengthMeters:0.#} m of the boundary of {edge.UnitKey} do not match the neighbour's vertices"))
            {
                Code = CodeOf(edge.UnitKey),
                Location = edge.Location,
                Magnitude = edge.LengthMeters,
            });
        }

        return issues;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Keys are GSO codes where the source has one, names otherwise; only a code belongs in DataIssue.Code.
    private static UnitCode? CodeOf(string key) => key.Length > 0 && key.All(char.IsAsciiDigit) ? new UnitCode(key) : (UnitCode?)null;
}
