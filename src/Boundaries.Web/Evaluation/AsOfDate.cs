using Boundaries.Core.Standards;

namespace Boundaries.Web.Evaluation;

/// <summary>Which date's law a request is evaluated against: the one it names, else the scenario's effective date, else the planner's default.</summary>
internal static class AsOfDate
{
    /// <summary>The date to use; a date with no regime in force is refused when it is evaluated.</summary>
    public static DateOnly Choose(DateOnly? requested, DateOnly? effective, PlannerOptions options) =>
        requested ?? effective ?? options.DefaultAsOf;

    /// <summary>Runs an evaluation, turning "no regime in force on the date" into a 422 problem naming the date.</summary>
    public static T Evaluate<T>(DateOnly asOf, Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (NoRegimeInForceException e)
        {
            throw new PlannerProblem(
                StatusCodes.Status422UnprocessableEntity,
                "no-standards",
                "Không có tiêu chuẩn áp dụng",
                $"Ngày {asOf:dd/MM/yyyy}: {e.Message}");
        }
    }
}
