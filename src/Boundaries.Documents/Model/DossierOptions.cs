namespace Boundaries.Documents.Model;

/// <summary>What the dossier needs besides the scenario: its date and, when the defaults do not fit, the issuing body and place.</summary>
/// <param name="Date">The date of the documents; also the date whose law the figures are measured against.</param>
public sealed record DossierOptions(DateOnly Date)
{
    /// <summary>The issuing body in capitals; default "ỦY BAN NHÂN DÂN TỈNH …" from the province of the map.</summary>
    public string? IssuingBody { get; init; }

    /// <summary>The place of the date line; default the province's name.</summary>
    public string? Place { get; init; }

    /// <summary>The maps the annex lists; default the current-boundary map and the option map (NQ 76/2025 Điều 8 asks for both).</summary>
    public IReadOnlyList<string>? Maps { get; init; }
}
