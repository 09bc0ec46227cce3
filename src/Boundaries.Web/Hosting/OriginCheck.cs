namespace Boundaries.Web.Hosting;

/// <summary>Refuses a request that changes something when a browser says it comes from another page (another site, or another port of this machine).</summary>
/// <remarks>
/// The planner has no accounts, so a page open in the same browser could otherwise post to it. Browsers send
/// <c>Origin</c> with every POST, PUT, PATCH and DELETE (Fetch standard, §3.1 "Origin header") and
/// <c>Sec-Fetch-Site</c>; a client that sends neither (a script, curl) is not a browser tab and is let through.
/// </remarks>
internal static class OriginCheck
{
    /// <summary>Adds the check before every endpoint.</summary>
    public static IApplicationBuilder UseOriginCheck(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            var request = http.Request;
            if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || SameOrigin(request))
            {
                return next(http);
            }

            throw new PlannerProblem(
                StatusCodes.Status403Forbidden,
                "cross-origin",
                "Yêu cầu từ trang khác bị từ chối",
                $"Chỉ trang bản đồ quy hoạch tại {request.Scheme}://{request.Host} mới được thay đổi phương án (yêu cầu đến từ {request.Headers.Origin.FirstOrDefault() ?? request.Headers["Sec-Fetch-Site"].FirstOrDefault()}).");
        });

    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.FirstOrDefault();
        if (origin is null)
        {
            return request.Headers["Sec-Fetch-Site"].FirstOrDefault() is null or "same-origin" or "none";
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
