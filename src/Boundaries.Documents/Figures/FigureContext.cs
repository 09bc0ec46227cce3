using Boundaries.Documents.Legal;

namespace Boundaries.Documents.Figures;

/// <summary>What the figures of one dossier are built with: the citation writer, the official figures, and the table being filled.</summary>
internal sealed class FigureContext(CitationWriter writer, IReadOnlyList<OfficialFigure> official)
{
    private readonly List<FigureRow> _rows = [];

    public CitationWriter Writer { get; } = writer;

    /// <summary>The figures table so far: one row per unit and moment.</summary>
    public IReadOnlyList<FigureRow> Rows => _rows;

    public OfficialFigure? Official(string code, bool after) => official.FirstOrDefault(o => o.Code == code && o.After == after);

    public void Add(FigureRow row)
    {
        if (!_rows.Contains(row))
        {
            _rows.Add(row);
        }
    }
}
