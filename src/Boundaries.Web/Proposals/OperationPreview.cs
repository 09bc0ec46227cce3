namespace Boundaries.Web.Proposals;

/// <summary>What an operation would give, evaluated before it is applied: the units it would change, with the standard and the arrangement rule.</summary>
/// <param name="AsOf">The date whose law was applied.</param>
/// <param name="Regime">The standards in force.</param>
/// <param name="Programme">The arrangement programme in force, if any.</param>
/// <param name="Units">The units the operation would change, as rows of the before → after table, each with its standard and rule.</param>
public sealed record OperationPreview(DateOnly AsOf, string Regime, string? Programme, IReadOnlyList<PreviewUnit> Units)
{
    /// <summary>Applies <paramref name="operation"/> after <paramref name="applied"/> to a fresh copy of the baseline and assesses it; nothing is saved.</summary>
    /// <exception cref="Hosting.PlannerProblem">422 when the engine would refuse the operation.</exception>
    internal static OperationPreview Of(PlannerContext context, IReadOnlyList<ScenarioOperation> applied, ScenarioOperation operation, DateOnly asOf)
    {
        var workspace = ScenarioEngine.Replay(context.Baseline, applied, out _);
        var outcome = workspace.Apply(operation);
        if (outcome.Refusal is { } refusal)
        {
            throw OperationEndpoints.Refused(refusal);
        }

        var result = workspace.ToResult();
        var assessment = ScenarioAssessor.Assess(result, context.Options.Catalogue, new EvaluationOptions(asOf));
        var changed = outcome.Changed.Where(u => u.Level != UnitLevel.Province).Select(u => u.Code).ToHashSet();
        var units = assessment.Units
            .Where(u => u.Change.After is { } after && changed.Contains(after.Code))
            .OrderBy(u => u.Change.After!.Level == UnitLevel.Commune ? 0 : 1)
            .Select(u => PreviewUnit.Of(u, result))
            .ToList();
        var selection = assessment.After.Selection;
        return new OperationPreview(asOf, selection.Regime.Title, selection.Programme?.Period.Id, units);
    }
}

/// <summary>One unit an operation would change.</summary>
/// <param name="Row">The unit before → after, with its % of each standard and its standing.</param>
/// <param name="Standard">The standard it is measured against; null when none applies.</param>
/// <param name="Rule">For a unit formed by an arrangement, the programme's rule on such units; null without a programme.</param>
/// <param name="AreaKm2">The natural area the percentages rest on (a declared figure when the data has one, else measured), km².</param>
/// <param name="Population">The population the percentages rest on.</param>
public sealed record PreviewUnit(ChangeRow Row, PreviewStandard? Standard, PreviewRule? Rule, double? AreaKm2, long? Population)
{
    internal static PreviewUnit Of(AssessedChange unit, ScenarioResult result)
    {
        var applied = unit.After?.Standard ?? unit.Formed?.Standard;
        var rule = unit.Formed?.Rule;
        return new PreviewUnit(
            ScenarioTableBuilder.Row(unit, result),
            applied is null ? null : new PreviewStandard(applied.Standard.Basis.Citation, applied.MinAreaKm2, applied.MinPopulation),
            rule is null ? null : new PreviewRule(rule.Basis.Citation, rule.Description, rule.MinUnitsForException, unit.FormedFrom, unit.Formed!.Permitted),
            unit.After?.Area.Km2 is { } km2 ? Math.Round(km2, 4) : null,
            unit.After?.Population.Value);
    }
}

/// <summary>A standard as applied to one unit.</summary>
/// <param name="Citation">Instrument and article.</param>
/// <param name="MinAreaKm2">The natural area required, km² (after any reduction).</param>
/// <param name="MinPopulation">The population required (after any reduction).</param>
public sealed record PreviewStandard(string Citation, double MinAreaKm2, double MinPopulation);

/// <summary>The rule on units formed by an arrangement, as it applies to one unit.</summary>
/// <param name="Citation">Instrument and article.</param>
/// <param name="Description">The rule in the law's words.</param>
/// <param name="MinUnitsForException">How many units must merge for the merged unit to stay below the standards.</param>
/// <param name="FormedFrom">How many units the unit would be formed from.</param>
/// <param name="Permitted">Whether the rule permits the unit.</param>
public sealed record PreviewRule(string Citation, string Description, int MinUnitsForException, int? FormedFrom, bool? Permitted);
