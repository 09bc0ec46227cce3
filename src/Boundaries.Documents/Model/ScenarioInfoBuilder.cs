using Boundaries.Core.Formatting;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Documents.Model;

/// <summary>The scenario's own facts as the documents cite them.</summary>
internal static class ScenarioInfoBuilder
{
    public static ScenarioInfo Build(Scenario? scenario, IReadOnlyList<ChangeLogEntry> log)
    {
        var operations = scenario?.Operations ?? [];
        var notes = operations.Select((op, i) =>
        {
            var entry = log.FirstOrDefault(e => e.OperationNumber == i + 1);
            return new OperationNote(i + 1, op.Kind, OperationDescription.KindWords(op.Kind), op.Note ?? "", entry?.Method ?? "", entry?.Declared ?? false);
        }).ToList();
        var basis = (scenario?.LegalBasis ?? [])
            .Select(r => new LegalCitation(r.Instrument, r.Date is { } d ? VietnameseFormat.ShortDate(d) : "", r.Provision ?? "", r.Url ?? ""))
            .ToList();
        return new ScenarioInfo(
            scenario?.Title ?? "",
            scenario?.Description ?? "",
            scenario?.Author ?? "",
            scenario?.EffectiveDate is { } effective ? VietnameseFormat.Date(effective) : "",
            basis,
            notes,
            VietnameseNames.ScenarioKind(operations.Select(o => o.Kind)),
            operations.Any(o => o.Kind is "merge" or "establish" or "dissolve") || operations.Count == 0 ? "sắp xếp" : "điều chỉnh địa giới");
    }
}
