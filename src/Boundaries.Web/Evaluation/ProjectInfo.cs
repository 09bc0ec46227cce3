namespace Boundaries.Web.Evaluation;

/// <summary>What the page shows about the project: its name, dates, counts and provenance.</summary>
/// <param name="Dataset">The dataset's name.</param>
/// <param name="DefaultAsOf">The evaluation date used when none is chosen.</param>
/// <param name="UnitsAsOf">The date of the official unit list.</param>
/// <param name="Communes">Commune-level units.</param>
/// <param name="CommunesWithoutPolygon">Commune-level units with no polygon in any source.</param>
/// <param name="Districts">District-level units.</param>
/// <param name="Provenance">Where each figure comes from.</param>
/// <param name="Issues">How many data issues were recorded when the project was read.</param>
/// <param name="ScenariosFolder">The folder scenarios are saved in.</param>
/// <param name="References">The reference layers the layer control lists; their shapes come from /api/references/{id} when turned on.</param>
public sealed record ProjectInfo(
    string Dataset,
    DateOnly DefaultAsOf,
    DateOnly? UnitsAsOf,
    int Communes,
    int CommunesWithoutPolygon,
    int Districts,
    IReadOnlyList<string> Provenance,
    int Issues,
    string ScenariosFolder,
    IReadOnlyList<Boundaries.Data.References.ReferenceEntry> References)
{
    internal static ProjectInfo Of(PlannerContext context)
    {
        var options = context.Options;
        var map = options.Map;
        return new ProjectInfo(
            options.DatasetName,
            options.DefaultAsOf,
            options.UnitsAsOf,
            map.Communes.Count(),
            map.Communes.Count(c => c.Geometry is null),
            map.Districts.Count(),
            options.Provenance,
            options.Issues.Count,
            options.ScenariosFolder,
            options.References?.Entries ?? []);
    }
}
