using Boundaries.Core.Units;

namespace Boundaries.Documents.Figures;

/// <summary>The measured doubts on declared figures as the documents print them.</summary>
internal static class FigureDoubts
{
    /// <summary>The reasons to doubt one figure, each once, joined; empty when there is none.</summary>
    public static string Text(IEnumerable<FigureDoubt> doubts, DoubtedFigure figure) =>
        string.Join("; ", doubts.Where(d => d.Figure == figure).Select(d => d.Reason).Distinct());
}
