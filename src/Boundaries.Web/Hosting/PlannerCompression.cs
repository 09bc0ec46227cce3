using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Boundaries.Web.Hosting;

/// <summary>Compresses the page and the API's answers (Brotli, else gzip): the GeoJSON of a province is about seven times smaller on the wire.</summary>
/// <remarks>
/// The planner listens on plain HTTP (loopback by default), where compression is on for every text answer; over HTTPS
/// the framework's default (off, against BREACH) is kept. Downloads (ZIP, PNG, PDF) are already compressed and are left alone.
/// </remarks>
internal static class PlannerCompression
{
    /// <summary>The text types the planner answers with.</summary>
    private static readonly string[] MimeTypes =
    [
        "text/html", "text/css", "text/javascript", "text/plain", "image/svg+xml",
        "application/json", "application/geo+json", "application/problem+json",
    ];

    /// <summary>Registers Brotli and gzip at a level that keeps an operation's answer well under a millisecond to compress.</summary>
    public static IServiceCollection AddPlannerCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = MimeTypes;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        return services;
    }
}
