namespace Boundaries.Web;

/// <summary>How an endpoint lists in the OpenAPI document the problems (RFC 9457) it may answer.</summary>
internal static class EndpointProblems
{
    /// <summary>Declares a problem-details answer for each status, in the order given.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            endpoint.ProducesProblem(status);
        }

        return endpoint;
    }
}
