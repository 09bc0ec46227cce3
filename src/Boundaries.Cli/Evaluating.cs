using Boundaries.Core.Standards;

namespace Boundaries.Cli;

/// <summary>Evaluates a map for commands that colour or export by status, turning "no law in force on that date" into a usage error.</summary>
internal static class Evaluating
{
    /// <summary>Every unit assessed as of <paramref name="asOf"/>.</summary>
    public static MapEvaluation Evaluate(AdminMap map, StandardsCatalogue catalogue, DateOnly asOf) =>
        Evaluate(map, catalogue, new EvaluationOptions(asOf));

    /// <summary>Every unit assessed with the given options (date, named regime or programme, area basis).</summary>
    public static MapEvaluation Evaluate(AdminMap map, StandardsCatalogue catalogue, EvaluationOptions options)
    {
        try
        {
            return StandardsEvaluator.Evaluate(map, catalogue, options);
        }
        catch (Exception e) when (e is NoRegimeInForceException or ArgumentException)
        {
            throw new UsageException($"{e.Message.TrimEnd('.')}; give --as-of DATE, --regime or --programme");
        }
    }
}
