namespace Boundaries.Web.Hosting;

/// <summary>An expected problem with a request (unknown scenario, stale version, refused operation), answered as RFC 9457 problem details.</summary>
public sealed class PlannerProblem : Exception
{
    /// <summary>Creates a problem with its HTTP status, a stable type key, a title and a one-line detail in Vietnamese.</summary>
    public PlannerProblem(int status, string type, string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(detail)
    {
        Status = status;
        Type = type;
        Title = title;
        Extensions = extensions ?? new Dictionary<string, object?>();
    }

    /// <summary>The HTTP status code.</summary>
    public int Status { get; }

    /// <summary>A stable key for the kind of problem ("version-conflict", "operation-refused", …).</summary>
    public string Type { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>Extra members of the problem document (the current version, the refused operation's number, …).</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; }

    /// <summary>404: no scenario with this id.</summary>
    public static PlannerProblem ScenarioNotFound(string id) =>
        new(StatusCodes.Status404NotFound, "scenario-not-found", "Không tìm thấy phương án", $"Không có phương án \"{id}\".");

    /// <summary>409: the scenario changed since the client read it (another tab saved first).</summary>
    public static PlannerProblem VersionConflict(string id, long expected, long current) => new(
        StatusCodes.Status409Conflict,
        "version-conflict",
        "Phương án đã được sửa ở nơi khác",
        $"Phương án \"{id}\" đang ở phiên bản {current}, yêu cầu dựa trên phiên bản {expected}: hãy tải lại rồi làm lại thao tác.",
        new Dictionary<string, object?> { ["currentVersion"] = current, ["expectedVersion"] = expected });

    /// <summary>400: a request that cannot be read.</summary>
    public static PlannerProblem BadRequest(string detail) =>
        new(StatusCodes.Status400BadRequest, "bad-request", "Yêu cầu không hợp lệ", detail);
}
