using Boundaries.Data.Scenarios;

namespace Boundaries.Web.Scenarios;

/// <summary>Reads one operation written as in a scenario file, with the scenario file's operation reader, so the API and the files accept exactly the same operations.</summary>
internal static class OperationJson
{
    /// <summary>The operation; a malformed one is answered 400 with the reader's message naming the field.</summary>
    public static ScenarioOperation Parse(JsonElement operation)
    {
        if (operation.ValueKind != JsonValueKind.Object)
        {
            throw PlannerProblem.BadRequest("\"operation\" phải là một đối tượng JSON như trong data/scenarios/scenario.schema.json.");
        }

        return OperationReader.Read(operation, "operation");
    }
}
