using System.Reflection;
using Microsoft.Net.Http.Headers;

namespace Boundaries.Web.Hosting;

/// <summary>Serves the planner page from resources embedded in this assembly, so the tool works offline and as one file set.</summary>
internal static class PlannerPage
{
    private const string Prefix = "page/";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".txt"] = "text/plain; charset=utf-8",
    };

    private static readonly Assembly Assembly = typeof(PlannerPage).Assembly;

    private static readonly HashSet<string> Names = [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))];

    /// <summary>Maps "/" to index.html and "/{file}" to the embedded files.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription();
        app.MapGet("/page/{**file}", (HttpContext http, string file) => Serve(http, file)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext http, string file)
    {
        var name = Prefix + file;
        if (!Names.Contains(name) || !ContentTypes.TryGetValue(Path.GetExtension(file), out var type))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy", detail: $"Không có tệp \"{file}\".");
        }

        // The page changes only with the program: revalidate each time so an upgrade is seen at once.
        http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        return Results.Stream(Assembly.GetManifestResourceStream(name)!, type);
    }
}
