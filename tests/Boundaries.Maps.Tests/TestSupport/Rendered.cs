namespace Boundaries.Maps.Tests.TestSupport;

/// <summary>Renders a request into memory, once per request and format, for tests that only read the result.</summary>
internal static class Rendered
{
    private static readonly Dictionary<(string, MapFormat), (byte[], MapRenderReport)> Cache = [];
    private static readonly Lock Gate = new();

    public static (byte[] Bytes, MapRenderReport Report) Of(string key, Func<MapRequest> request, MapFormat format)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue((key, format), out var rendered))
            {
                using var stream = new MemoryStream();
                var report = MapRenderer.Render(request(), format, stream);
                rendered = (stream.ToArray(), report);
                Cache[(key, format)] = rendered;
            }

            return rendered;
        }
    }
}
