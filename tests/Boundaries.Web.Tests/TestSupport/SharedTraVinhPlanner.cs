using System.Net.Http.Headers;
using System.Text;
using Boundaries.Data.Store;
using Boundaries.Data.Store.Postgis;
using Boundaries.Data.Tests.Store.Postgis;

namespace Boundaries.Web.Tests.TestSupport;

/// <summary>The planner serving a shared project: the Trà Vinh data imported into a fresh schema of the real test PostgreSQL, with two editors and a viewer.</summary>
/// <remarks>Without a test server (and without BOUNDARIES_REQUIRE_PG=1) nothing is started: the tests using it are skipped by <see cref="PostgisFactAttribute"/>.</remarks>
public sealed class SharedTraVinhPlanner : PlannerServer
{
    public static readonly (string Name, string Password) An = ("Nguyễn Văn An", "mật-khẩu-an");
    public static readonly (string Name, string Password) Binh = ("Trần Thị Bình", "mật-khẩu-bình");
    public static readonly (string Name, string Password) Viewer = ("Lê Thị Xem", "mật-khẩu-xem");

    /// <summary>Who imported the project (the first entry of the audit log).</summary>
    public const string Importer = "Phạm Quản Trị";

    private PostgisTestDatabase? _database;

    /// <summary>The shared project's schema; null when no test server is configured.</summary>
    public PostgisTestDatabase Database => _database ?? throw new InvalidOperationException("no test PostgreSQL server");

    public override PlannerOptions Options => TraVinhPlanner.Shared with
    {
        ScenariosFolder = ScenariosFolder,
        SharedProject = Database.Location,
        People = new ProjectAccounts(Database.Location).RoleOfAsync,
    };

    public override async Task InitializeAsync()
    {
        if (PostgisTestDatabase.Server is null && Environment.GetEnvironmentVariable("BOUNDARIES_REQUIRE_PG") != "1")
        {
            return;
        }

        _database = new PostgisTestDatabase("web");
        var trVinh = TraVinhPlanner.Shared;
        await new PostgisProjectStore(_database.Location) { Actor = Importer }
            .SaveAsync(new BoundaryProject(trVinh.Map, new ProjectMetadata(trVinh.DatasetName, DateTimeOffset.UtcNow, "test"), []));
        var accounts = new ProjectAccounts(_database.Location);
        await accounts.SetAsync(An.Name, An.Password, "editor");
        await accounts.SetAsync(Binh.Name, Binh.Password, "editor");
        await accounts.SetAsync(Viewer.Name, Viewer.Password, "viewer");
        await base.InitializeAsync();
    }

    /// <summary>A client of the planner logged in as <paramref name="who"/>.</summary>
    public HttpClient ClientAs((string Name, string Password) who)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(1) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{who.Name}:{who.Password}")));
        return client;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _database?.Dispose();
    }
}
