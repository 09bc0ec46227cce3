namespace Boundaries.Documents.Model;

/// <summary>What the dossier needs besides the scenario: its date and, when the defaults do not fit, the issuing body and place.</summary>
/// <param name="Date">The date of the documents; also the date whose law the figures are measured against.</param>
public sealed record DossierOptions(DateOnly Date)
{
    /// <summary>The issuing body in capitals; default "ỦY BAN NHÂN DÂN TỈNH …" from the province of the map.</summary>
    public string? IssuingBody { get; init; }

    /// <summary>The place of the date line; default the province's name.</summary>
    public string? Place { get; init; }

    /// <summary>The instruments the documents may cite (<see cref="Templates.TemplateSet.Instruments"/>); without them no basis is cited by its full title.</summary>
    public Legal.InstrumentCatalogue? Instruments { get; init; }

    /// <summary>Official figures that replace evaluated ones in every document (e.g. those a resolution states), with their note.</summary>
    public IReadOnlyList<Figures.OfficialFigure>? OfficialFigures { get; init; }

    /// <summary>The before and after maps as PNG pictures, embedded in the đề án's annex; rendered by the caller (Cli, Web).</summary>
    public IReadOnlyList<MapPicture>? MapPictures { get; init; }

    /// <summary>The maps the annex lists; default the current-boundary map and the option map (NQ 76/2025 Điều 8 asks for both).</summary>
    public IReadOnlyList<string>? Maps { get; init; }
}
