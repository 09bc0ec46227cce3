using System.Collections.Concurrent;
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

    // The files' bytes, read once; with Brotli they are sent as compressed once at a high quality (StoredBrotli), which
    // keeps the scripts and the stylesheet of the first load about a fifth smaller than the middleware's quick quality.
    private static readonly ConcurrentDictionary<string, byte[]> Files = new(StringComparer.Ordinal);

    /// <summary>Maps "/" to index.html and "/{file}" to the embedded files.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription();
        app.MapGet("/page/{**file}", (HttpContext http, string file) => Serve(http, file)).ExcludeFromDescription();
    }

    private static async Task Serve(HttpContext http, string file)
    {
        var name = Prefix + file;
        if (!Names.Contains(name) || !ContentTypes.TryGetValue(Path.GetExtension(file), out var type))
        {
            await Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy", detail: $"Không có tệp \"{file}\".").ExecuteAsync(http);
            return;
        }

        // The page changes only with the program: revalidate each time so an upgrade is seen at once.
        http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        http.Response.ContentType = type;
        var bytes = Files.GetOrAdd(name, Read);
        if (StoredBrotli.Accepted(http.Request))
        {
            await StoredBrotli.Send(http, StoredBrotli.Of(bytes, compact: false, () => bytes, StoredBrotli.Highest));
            return;
        }

        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static byte[] Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
