using Boundaries.Core.Units;

namespace Boundaries.Maps;

/// <summary>What one printed map sheet shows: title, one panel (or two side by side at the same scale), paper, colouring and the source lines.</summary>
/// <remarks>Sizes are in typographic points (1/72 inch) on the page; the map itself is drawn in a projected CRS in metres (see <see cref="MapRenderReport.DisplayEpsg"/>).</remarks>
public sealed record MapRequest
{
    /// <summary>The title printed at the top ("BẢN ĐỒ ĐƠN VỊ HÀNH CHÍNH CẤP XÃ TỈNH TRÀ VINH").</summary>
    public required string Title { get; init; }

    /// <summary>A line under the title (what is evaluated and as of when), or null.</summary>
    public string? Subtitle { get; init; }

    /// <summary>One panel, or two (before and after) drawn side by side at the same scale.</summary>
    public required IReadOnlyList<MapPanel> Panels { get; init; }

    /// <summary>The paper size.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>Landscape, portrait, or whichever fits the area at the larger scale.</summary>
    public Orientation Orientation { get; init; } = Orientation.Auto;

    /// <summary>Pixels per inch of a PNG; PDF and SVG are vector and ignore it.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>What the fill colour of a commune shows.</summary>
    public ColorBy ColorBy { get; init; } = ColorBy.Status;

    /// <summary>What each commune's label says.</summary>
    public LabelContent Labels { get; init; } = LabelContent.Name;

    /// <summary>A district to map on its own (its communes in colour, the neighbours grey); null for the whole map.</summary>
    public UnitCode? District { get; init; }

    /// <summary>The communes to map (a selection, with its neighbours when the caller added them), the others grey; null for all.</summary>
    public IReadOnlySet<UnitCode>? Units { get; init; }

    /// <summary>The rectangle to map (the planner's current view): it sets the sheet's extent, the communes it shows in colour; null for the whole map.</summary>
    public MapBounds? Bounds { get; init; }

    /// <summary>Short paragraphs printed in the legend (what a scenario changes, figure by figure).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Where the data come from, one line per source with its vintage, printed at the foot of the sheet.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>A last line: the legal basis and date of the evaluation, the date the map was made.</summary>
    public string? DateLine { get; init; }

    /// <summary>A folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf; null for the system's fonts.</summary>
    public string? FontDirectory { get; init; }
}
