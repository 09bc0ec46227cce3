using System.IO.Compression;
using System.Runtime.CompilerServices;
using Microsoft.Net.Http.Headers;

namespace Boundaries.Web.Hosting;

/// <summary>Answers that do not change while the planner runs (the baseline as of a date, the page's files, the reference layers), compressed once with Brotli at a high quality and kept with what they were made from.</summary>
/// <remarks>
/// The first load of a province is mostly its shapes: Brotli at quality 10 makes them about a sixth smaller than the
/// quick quality the middleware uses for every answer (Vĩnh Long 2025: 131 → 110 KB), at about a second, once per
/// evaluation date. A client that does not accept Brotli gets the answer through the middleware as before.
/// </remarks>
internal static class StoredBrotli
{
    /// <summary>The quality for answers made per request (the baseline of a date): about a second for a province.</summary>
    public const int Quality = 10;

    /// <summary>The highest quality, for the page's files: small, and compressed once while the planner runs.</summary>
    public const int Highest = 11;
    private const int Window = 22;
    private static readonly ConditionalWeakTable<object, byte[]> Plain = [];
    private static readonly ConditionalWeakTable<object, byte[]> Compact = [];

    /// <summary>True when the request accepts Brotli.</summary>
    public static bool Accepted(HttpRequest request) =>
        StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptEncoding, out var encodings)
        && encodings.Any(e => e.Value.Equals("br", StringComparison.OrdinalIgnoreCase) && e.Quality is not 0);

    /// <summary>The compressed answer kept for <paramref name="source"/>, made from <paramref name="render"/> on first use at <paramref name="quality"/>.</summary>
    public static byte[] Of(object source, bool compact, Func<ReadOnlyMemory<byte>> render, int quality = Quality) =>
        (compact ? Compact : Plain).GetValue(source, _ =>
        {
            var plain = render().Span;
            var output = new byte[BrotliEncoder.GetMaxCompressedLength(plain.Length)];
            return BrotliEncoder.TryCompress(plain, output, out var written, quality, Window)
                ? output[..written]
                : throw new InvalidOperationException("Brotli could not compress the answer.");
        });

    /// <summary>Writes the compressed bytes with their Content-Encoding; the middleware leaves an encoded answer alone.</summary>
    public static async Task Send(HttpContext http, byte[] bytes)
    {
        http.Response.Headers.ContentEncoding = "br";
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }
}
