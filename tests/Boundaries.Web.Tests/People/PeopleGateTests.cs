using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Boundaries.Data.Store;
using Boundaries.Data.Store.Postgis;
using Boundaries.Data.Tests.Store.Postgis;
using Boundaries.Web.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Boundaries.Web.Tests.People;

/// <summary>The planner serving a shared project asks who you are; a viewer cannot change anything through the API.</summary>
[Collection(PlannerCollection.Name)]
public sealed class PeopleGateTests(TraVinhPlanner planner)
{
    [PostgisFact]
    public async Task SharedPlanner_ViewerReadsButCannotChange_EditorChanges_StrangerIsAskedWhoTheyAre()
    {
        using var database = new PostgisTestDatabase("web");
        await new PostgisProjectStore(database.Location).SaveAsync(new BoundaryProject(planner.Options.Map, new ProjectMetadata("Trà Vinh (84)", DateTimeOffset.UtcNow, "test"), []));
        var accounts = new ProjectAccounts(database.Location);
        await accounts.SetAsync("Lê Thị Xem", "mật-khẩu-xem", "viewer");
        await accounts.SetAsync("Nguyễn Văn Sửa", "mật-khẩu-sửa", "editor");
        Assert.DoesNotContain("mật-khẩu", (string)database.Scalar("SELECT string_agg(password_hash, ',') FROM accounts")!, StringComparison.Ordinal);
        var folder = Path.Combine(Path.GetTempPath(), "boundaries-web-tests", Guid.NewGuid().ToString("N"));
        await using var app = PlannerApp.Build(planner.Options with { ScenariosFolder = folder, People = accounts.RoleOfAsync }, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await Status(client, HttpMethod.Get, "/api/units", null));
            Assert.Equal(HttpStatusCode.Unauthorized, await Status(client, HttpMethod.Get, "/api/units", ("Lê Thị Xem", "sai")));
            Assert.Equal(HttpStatusCode.OK, await Status(client, HttpMethod.Get, "/api/units", ("Lê Thị Xem", "mật-khẩu-xem")));
            foreach (var method in new[] { HttpMethod.Post, HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                Assert.Equal(HttpStatusCode.Forbidden, await Status(client, method, "/api/scenarios", ("Lê Thị Xem", "mật-khẩu-xem")));
            }

            Assert.Equal(HttpStatusCode.Forbidden, await Status(client, HttpMethod.Post, "/api/scenarios/x/operations", ("Lê Thị Xem", "mật-khẩu-xem")));
            var created = await Status(client, HttpMethod.Post, "/api/scenarios", ("Nguyễn Văn Sửa", "mật-khẩu-sửa"));
            Assert.True(created is HttpStatusCode.Created or HttpStatusCode.OK, $"editor got {created}");
        }
        finally
        {
            await app.StopAsync();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<HttpStatusCode> Status(HttpClient client, HttpMethod method, string path, (string Name, string Password)? who)
    {
        using var request = new HttpRequestMessage(method, path);
        if (who is { } w)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{w.Name}:{w.Password}")));
        }

        if (method != HttpMethod.Get)
        {
            request.Content = JsonContent.Create(new { title = "Phương án thử" });
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
