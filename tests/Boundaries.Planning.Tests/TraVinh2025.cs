using Boundaries.Core.Planning;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Standards;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Planning;
using Boundaries.Data.Projects;
using Boundaries.Data.Scenarios;
using Boundaries.Data.Standards;

namespace Boundaries.Planning.Tests;

/// <summary>The former Trà Vinh as it stood before the 2025 reform (the 2023 data with NQ 1277/2024 applied) and its 2025 arrangement.</summary>
internal static class TraVinh2025
{
    private static readonly Lazy<StandardsCatalogue> Catalogue = new(() => StandardsCatalogueLoader.Load(RepoPaths.Standards));

    // Imported as `boundaries plan data/boundaries/tra-vinh --after …nq1277….json` imports it, so the figures are the README's.
    private static readonly Lazy<AdminMap> Before = new(() => ScenarioEngine.Apply(
        ProjectBuilder.Build(RepoPaths.TraVinh, ImportOptions.Default, Catalogue.Value).Project.Map,
        ScenarioFile.Read(RepoPaths.Scenario("nq1277-2024-tp-tra-vinh.json"))).Map);

    /// <summary>104 commune-level units.</summary>
    public static AdminMap Map => Before.Value;

    public static Orientation Nq76 => Catalogue.Value.Orientations.Single(o => o.Id == "nq76-2025");

    public static IReadOnlyList<CrosswalkRow> Crosswalk => CrosswalkCsv.Read(Path.Combine(RepoPaths.TraVinh, "crosswalk-2025.csv"));

    public static IReadOnlyList<DeclaredUnit> Declared =>
        CrosswalkCsv.ReadDeclared(Path.Combine(RepoPaths.TraVinh, "units-2025-declared.csv"), "units-2025-declared.csv");

    /// <summary>The communes of some districts, with the province and those districts: a small map for property tests.</summary>
    public static AdminMap Districts(params string[] codes)
    {
        var keep = codes.Select(c => new UnitCode(c)).ToHashSet();
        var units = Map.Units.Where(u => u.Level == UnitLevel.Province || keep.Contains(u.Code) || (u.ParentCode is { } p && keep.Contains(p) && u.Level == UnitLevel.Commune));
        return new AdminMap(units, Map.Unassigned.Where(a => a.ParentCode is { } p && keep.Contains(p)));
    }
}
