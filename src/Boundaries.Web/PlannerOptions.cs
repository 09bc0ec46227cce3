using Boundaries.Core.Quality;
using Boundaries.Core.Standards;

namespace Boundaries.Web;

/// <summary>What the planner serves: one baseline map, the standards catalogue, and the folder its scenarios are saved in.</summary>
public sealed record PlannerOptions
{
    /// <summary>The baseline map; never changed.</summary>
    public required AdminMap Map { get; init; }

    /// <summary>The dataset's name as the page shows it ("Trà Vinh (84)").</summary>
    public required string DatasetName { get; init; }

    /// <summary>The dataset's id, written into new scenarios as their baseline and used in file names ("tra-vinh").</summary>
    public required string DatasetId { get; init; }

    /// <summary>The legal standards the units are evaluated against.</summary>
    public required StandardsCatalogue Catalogue { get; init; }

    /// <summary>The folder scenario files are saved in (created when missing), unless the scenarios are those of <see cref="SharedProject"/>.</summary>
    public required string ScenariosFolder { get; init; }

    /// <summary>A shared project in PostgreSQL whose versioned scenario records the planner lists, opens and saves instead of files.</summary>
    public Data.Store.Postgis.PostgisLocation? SharedProject { get; init; }

    /// <summary>The date whose law applies when neither the request nor the scenario names one.</summary>
    public required DateOnly DefaultAsOf { get; init; }

    /// <summary>The date of the official unit list the codes refer to, written into new scenarios.</summary>
    public DateOnly? UnitsAsOf { get; init; }

    /// <summary>Where each figure comes from, shown on the page.</summary>
    public IReadOnlyList<string> Provenance { get; init; } = [];

    /// <summary>Problems recorded when the project was read.</summary>
    public IReadOnlyList<DataIssue> Issues { get; init; } = [];

    /// <summary>Display simplification tolerance in degrees (about 11 m at 0.0001°); areas are never measured on the simplified shapes.</summary>
    public double DisplayToleranceDegrees { get; init; } = 0.0001;

    /// <summary>The dossier templates (bundled, with the planner's edits); without them the dossier cannot be downloaded.</summary>
    public Documents.Templates.TemplateSet? Templates { get; init; }

    /// <summary>Downloads added by the host (the dossier, the maps); one with the name of a built-in download replaces it.</summary>
    public IReadOnlyList<Downloads.Download> Downloads { get; init; } = [];

    /// <summary>The largest request body accepted, in bytes (a drawn polygon or an imported scenario file).</summary>
    public long MaxRequestBodyBytes { get; init; } = 2 * 1024 * 1024;

    /// <summary>The reference layers drawn under the map on request (the other baseline, the province outline, the seats); none when null.</summary>
    public Data.References.ReferenceSources? References { get; init; }

    /// <summary>The accounts of a shared project: when set, every request must name a person, and only editors change anything.</summary>
    public Hosting.PlannerPeople? People { get; init; }
}
