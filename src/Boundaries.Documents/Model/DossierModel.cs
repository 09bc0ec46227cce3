namespace Boundaries.Documents.Model;

/// <summary>Everything a dossier template may print: every figure comes from the scenario engine and the standards evaluation.</summary>
/// <remarks>Templates see the members in snake_case (<c>model.plan[0].after.area_km2</c>); see templates/README.md.</remarks>
/// <param name="Subject">What the dossier proposes, as titles write it ("sắp xếp đơn vị hành chính cấp xã của thành phố Trà Vinh, tỉnh Trà Vinh").</param>
/// <param name="Document">Issuing body, place and date.</param>
/// <param name="Scenario">The scenario proposed.</param>
/// <param name="Standards">The standards applied.</param>
/// <param name="Before">Every affected unit before the scenario, communes first.</param>
/// <param name="Plan">Every unit of the result that was formed or changed, communes first.</param>
/// <param name="Ceased">Units that ceased.</param>
/// <param name="Counts">Subordinate units per affected parent, before and after.</param>
/// <param name="Province">The province's totals before and after.</param>
/// <param name="Declared">Figures moved by declaration only.</param>
/// <param name="Unconfirmed">Every unconfirmed rule the figures rely on, once.</param>
/// <param name="Maps">The maps the dossier lists in its annex.</param>
/// <param name="Legal">The legal bases in force on the documents' date, in official form.</param>
/// <param name="Figures">The dossier's one figures table: every area, population and percentage the documents print.</param>
/// <param name="MapPictures">The maps embedded in the annex (before and after), rendered by the caller.</param>
public sealed record DossierModel(
    string Subject,
    DocumentInfo Document,
    ScenarioInfo Scenario,
    StandardsInfo Standards,
    IReadOnlyList<UnitFigures> Before,
    IReadOnlyList<PlannedUnit> Plan,
    IReadOnlyList<CeasedUnit> Ceased,
    IReadOnlyList<UnitCount> Counts,
    ProvinceTotals Province,
    IReadOnlyList<DeclaredFigureNote> Declared,
    IReadOnlyList<RuleNote> Unconfirmed,
    IReadOnlyList<string> Maps,
    Legal.LegalBases Legal,
    IReadOnlyList<Figures.FigureRow> Figures,
    IReadOnlyList<MapPicture> MapPictures)
{
    /// <summary>The scenario's recorded changes when it comes from a shared project; null otherwise (no history document).</summary>
    public ScenarioHistory? History { get; init; }

    /// <summary>The voters' consultation result (the tallies counted as <c>consult</c> counts them), printed in the đề án; null when not yet known (a field for the planner).</summary>
    public Consultation.ConsultationReportModel? Consultation { get; init; }
}
