using Boundaries.Data.Scenarios;
using Boundaries.Core.Scenarios.Steps;

namespace Boundaries.Web.Proposals;

/// <summary>How two scenarios differ (<see cref="ScenarioComparison"/>), in the planner's words.</summary>
/// <param name="Left">The first scenario's id and title.</param>
/// <param name="Right">The second scenario's id and title.</param>
/// <param name="Details">Details that differ: what, and both values.</param>
/// <param name="Operations">The operations as a line diff: "=" in both, "-" only in the first, "+" only in the second.</param>
/// <param name="Units">Units whose name, type, parent, area or population differ between the two results; null on a side where the unit does not exist.</param>
/// <param name="Refusal">Why the results could not be compared, if an operation was refused.</param>
public sealed record ScenarioDiff(
    DiffSide Left,
    DiffSide Right,
    IReadOnlyList<DiffDetail> Details,
    IReadOnlyList<DiffOperation> Operations,
    IReadOnlyList<DiffUnit> Units,
    string? Refusal)
{
    private static readonly Dictionary<string, string> FieldWords = new()
    {
        ["title"] = "Tên phương án",
        ["baseline"] = "Dữ liệu gốc",
        ["effective-date"] = "Ngày hiệu lực",
        ["legal-basis"] = "Căn cứ pháp lý",
    };

    internal static ScenarioDiff Of(PlannerContext context, (string Id, Scenario Scenario) left, (string Id, Scenario Scenario) right)
    {
        var (a, b) = (ScenarioEngine.Apply(context.Baseline, left.Scenario), ScenarioEngine.Apply(context.Baseline, right.Scenario));
        string NameOf(UnitCode code) => context.Baseline.Find(code)?.FullName ?? a.Map.Find(code)?.FullName ?? b.Map.Find(code)?.FullName ?? code.Value;
        var refusal = string.Join("; ", new[] { a.Refusal, b.Refusal }.OfType<OperationRefusal>());
        return new ScenarioDiff(
            new DiffSide(left.Id, left.Scenario.Title),
            new DiffSide(right.Id, right.Scenario.Title),
            ScenarioComparison.Details(left.Scenario, right.Scenario).Select(d => new DiffDetail(d.Field, FieldWords[d.Field], d.Left, d.Right)).ToList(),
            ScenarioComparison.Operations(left.Scenario, right.Scenario).Select(o => new DiffOperation(o.Sign.ToString(), o.Number, OperationDescription.Of(o.Operation, NameOf))).ToList(),
            refusal.Length > 0 ? [] : ScenarioComparison.Results(a, b).Select(u => new DiffUnit(u.Code.Value, Side(u.Left, a.Map), Side(u.Right, b.Map))).ToList(),
            refusal.Length > 0 ? refusal : null);
    }

    private static DiffUnitSide? Side(UnitSnapshot? unit, AdminMap map) => unit is null ? null : new DiffUnitSide(
        unit.Name,
        unit.Type.VietnameseName(),
        unit.ParentCode is { } p ? map.Find(p)?.FullName ?? p.Value : null,
        unit.AreaKm2 is { } km2 ? Math.Round(km2, 4) : null,
        unit.Population);
}

/// <summary>A scenario compared.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title.</param>
public sealed record DiffSide(string Id, string Title);

/// <summary>A detail that differs.</summary>
/// <param name="Field">"title", "baseline", "effective-date" or "legal-basis".</param>
/// <param name="Label">The detail in Vietnamese.</param>
/// <param name="Left">The first scenario's value.</param>
/// <param name="Right">The second scenario's value.</param>
public sealed record DiffDetail(string Field, string Label, string? Left, string? Right);

/// <summary>One line of the operations diff.</summary>
/// <param name="Sign">"=", "-" or "+".</param>
/// <param name="Number">The operation's number in its own scenario.</param>
/// <param name="Text">The operation in Vietnamese.</param>
public sealed record DiffOperation(string Sign, int Number, string Text);

/// <summary>A unit that differs between the two results.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Left">In the first result; null when absent.</param>
/// <param name="Right">In the second result; null when absent.</param>
public sealed record DiffUnit(string Code, DiffUnitSide? Left, DiffUnitSide? Right);

/// <summary>A unit in one result.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Type">Type in Vietnamese.</param>
/// <param name="Parent">The parent's full name.</param>
/// <param name="AreaKm2">Area, km².</param>
/// <param name="Population">Population.</param>
public sealed record DiffUnitSide(string Name, string Type, string? Parent, double? AreaKm2, long? Population);
