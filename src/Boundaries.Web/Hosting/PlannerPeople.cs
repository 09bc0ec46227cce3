using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;

namespace Boundaries.Web.Hosting;

/// <summary>Who may use a planner serving a shared project: the role of a name and password, or null when they are wrong.</summary>
public delegate Task<string?> PlannerPeople(string name, string password, CancellationToken cancellationToken);

/// <summary>Asks who you are (HTTP Basic) when the planner serves a shared project; a viewer may read but not change anything.</summary>
internal static class PeopleGate
{
    /// <summary>The logged-in person's name, or null when the planner has no accounts.</summary>
    public static string? NameOf(ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, Name: { } name } ? name : null;

    /// <summary>Lets a request through only with a known name and password; methods other than GET and HEAD need the editor role.</summary>
    public static void UsePeople(this WebApplication app, PlannerPeople? people)
    {
        if (people is null)
        {
            return;
        }

        // Checking a bcrypt hash costs tens of milliseconds: the answer for a header is kept while the planner runs.
        var known = new ConcurrentDictionary<string, (string Name, string Role)>(StringComparer.Ordinal);
        app.Use(async (http, next) =>
        {
            if (await PersonAsync(http, people, known) is not (var name, var role))
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Basic realm=\"Boundaries\", charset=\"UTF-8\"";
                return;
            }

            if (role != "editor" && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsJsonAsync(new { title = "Tài khoản chỉ được xem (viewer): không được thay đổi phương án." });
                return;
            }

            // Who asked is who made the change: the shared scenarios record the name with every version.
            http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "Basic"));
            await next(http);
        });
    }

    private static async Task<(string Name, string Role)?> PersonAsync(HttpContext http, PlannerPeople people, ConcurrentDictionary<string, (string Name, string Role)> known)
    {
        if (!AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        if (known.TryGetValue(header.Parameter, out var cached))
        {
            return cached;
        }

        string pair;
        try
        {
            pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter));
        }
        catch (FormatException)
        {
            return null;
        }

        var colon = pair.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }

        var name = pair[..colon];
        if (await people(name, pair[(colon + 1)..], http.RequestAborted) is not { } role)
        {
            return null;
        }

        return known[header.Parameter] = (name, role);
    }
}
