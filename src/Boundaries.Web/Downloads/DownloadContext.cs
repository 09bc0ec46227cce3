using Boundaries.Core.Standards;

namespace Boundaries.Web.Downloads;

/// <summary>What a download is made from: the scenario (none for the baseline), the engine's result and its evaluation as of a date.</summary>
/// <param name="ScenarioId">The scenario's id; null for the baseline.</param>
/// <param name="Scenario">The scenario; null for the baseline.</param>
/// <param name="Result">The engine's result (for the baseline: no operation applied).</param>
/// <param name="Assessment">Before → after against the standards as of <paramref name="AsOf"/>.</param>
/// <param name="Catalogue">The standards catalogue.</param>
/// <param name="AsOf">The date whose law was applied.</param>
/// <param name="DatasetId">The dataset's id ("tra-vinh"), used in file names.</param>
/// <param name="DatasetName">The dataset's name ("Trà Vinh (84)").</param>
/// <param name="Provenance">Where each figure comes from.</param>
public sealed record DownloadContext(
    string? ScenarioId,
    Scenario? Scenario,
    ScenarioResult Result,
    ScenarioAssessment Assessment,
    StandardsCatalogue Catalogue,
    DateOnly AsOf,
    string DatasetId,
    string DatasetName,
    IReadOnlyList<string> Provenance)
{
    /// <summary>The evaluation after the scenario (the baseline's own for the baseline).</summary>
    public MapEvaluation Evaluation => Assessment.After;

    /// <summary>The part of the map a map download shows (query parameters); null for the whole map.</summary>
    public MapAreaQuery? Area { get; init; }

    /// <summary>The consultation notice a hearing page shows (dates, places, organiser), when the planner gave one.</summary>
    public Core.Consultation.ConsultationNotice Notice { get; init; } = Core.Consultation.ConsultationNotice.None;

    /// <summary>The stem of file names: the scenario's id, or the dataset's name.</summary>
    public string FileStem => ScenarioId ?? DatasetId;
}
