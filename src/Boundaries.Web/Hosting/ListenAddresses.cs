using System.Net;

namespace Boundaries.Web.Hosting;

/// <summary>Checks the addresses the planner listens on: loopback only, unless the planner is told otherwise.</summary>
/// <remarks>The planner has no accounts: anyone who reaches it can change the scenarios, so it stays on this machine by default.</remarks>
public static class ListenAddresses
{
    /// <summary>The default address.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>The URLs split on ';', each checked; throws <see cref="ArgumentException"/> naming a URL that is malformed or, without <paramref name="allowRemote"/>, not loopback.</summary>
    public static IReadOnlyList<string> Parse(string urls, bool allowRemote)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var list = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (list.Length == 0)
        {
            throw new ArgumentException("--urls: no address given");
        }

        foreach (var url in list)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            {
                throw new ArgumentException($"--urls: \"{url}\" is not an http:// address (e.g. {Default})");
            }

            if (!allowRemote && !IsLoopback(uri.Host))
            {
                throw new ArgumentException($"--urls: \"{url}\" is reachable from other machines and the planner has no accounts; use 127.0.0.1 or localhost, or add --allow-remote");
            }
        }

        return list;
    }

    /// <summary>True for localhost, 127.0.0.0/8 and ::1.</summary>
    public static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
}
