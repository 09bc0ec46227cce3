using Boundaries.Core.Planning;
using Boundaries.Data.Planning;

namespace Boundaries.Cli.Planning;

/// <summary>The real arrangement of <c>plan --compare</c>, read and checked against the map before anything is planned or written.</summary>
/// <param name="Crosswalk">The crosswalk file, for messages and titles.</param>
/// <param name="Rows">Its rows.</param>
/// <param name="Declared">The declared figures of the new units (--declared), or none.</param>
/// <param name="Scenario">The real arrangement as a scenario, when --real-scenario asks for it; it applies to the map.</param>
internal sealed record RealArrangementInput(string Crosswalk, IReadOnlyList<CrosswalkRow> Rows, IReadOnlyList<DeclaredUnit> Declared, Scenario? Scenario)
{
    /// <summary>Reads the files; a bad row, a crosswalk naming no commune of the map or a real arrangement that does not apply stops here.</summary>
    public static RealArrangementInput Read(string crosswalk, string? declaredFile, bool asScenario, AdminMap map, AdminMap original, ScenarioBaseline baseline, Scenario? before)
    {
        var rows = CrosswalkCsv.Read(crosswalk);
        var declared = declaredFile is null ? [] : CrosswalkCsv.ReadDeclared(declaredFile, Path.GetFileName(declaredFile));
        if (RealArrangement.Partition(map, rows).Count == 0)
        {
            throw new InputDataException(crosswalk, "no old code of the crosswalk is a commune-level unit of the map");
        }

        Scenario? scenario = null;
        if (asScenario)
        {
            scenario = RealArrangementScenario.Build(map, rows, declared, baseline, before, $"Sắp xếp thực tế theo {Path.GetFileName(crosswalk)}");
            if (ScenarioEngine.Apply(original, scenario).Refusal is { } refusal)
            {
                throw new InputDataException(crosswalk, $"the real arrangement does not apply to the map: {refusal}; nothing was written");
            }
        }

        return new RealArrangementInput(crosswalk, rows, declared, scenario);
    }
}
