using Boundaries.Core.Scenarios;
using Boundaries.Data.Scenarios;

namespace Boundaries.Data.Projects;

/// <summary>Reads the dated changes a dataset names and checks that each applies to the imported map.</summary>
internal static class DatedChangesReader
{
    /// <summary>
    /// The changes in order of effect. Each must carry an effective date and apply after the ones before it; when one
    /// province of a national dataset is imported, a change about other provinces is left out and <paramref name="leftOut"/> names it.
    /// </summary>
    public static IReadOnlyList<Scenario> Read(DatasetManifest manifest, AdminMap map, bool oneProvince, List<string> leftOut)
    {
        var changes = new List<(Scenario Change, string File)>();
        foreach (var name in manifest.Changes)
        {
            var file = manifest.Resolve(name);
            var change = ScenarioFile.Read(file);
            if (change.EffectiveDate is null)
            {
                throw new InputDataException(file, "is named as a dated change in dataset.json but has no effective_date");
            }

            changes.Add((change, file));
        }

        var kept = new List<Scenario>();
        foreach (var (change, file) in changes.OrderBy(c => c.Change.EffectiveDate))
        {
            var result = ScenarioEngine.Apply(map, change);
            if (result.Refusal is { } refusal)
            {
                if (oneProvince && refusal.Unit is { } unit && map.Find(unit) is null)
                {
                    leftOut.Add(Path.GetFileName(file));
                    continue;
                }

                throw new InputDataException(file, $"does not apply to the dataset's map: {refusal}");
            }

            map = result.Map;
            kept.Add(change);
        }

        return kept;
    }
}
