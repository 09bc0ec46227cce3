using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Boundaries.Web.Tests.TestSupport;

/// <summary>The planner on one real bundled dataset, served by a real Kestrel server on 127.0.0.1 and a free port, with its own scenarios folder.</summary>
public abstract class PlannerServer : IAsyncLifetime
{
    private WebApplication? _app;

    /// <summary>The scenarios folder of this server.</summary>
    public string ScenariosFolder { get; } = Path.Combine(Path.GetTempPath(), "boundaries-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The options the server is started with (the imported map and the catalogue).</summary>
    public abstract PlannerOptions Options { get; }

    public virtual async Task InitializeAsync()
    {
        _app = PlannerApp.Build(Options, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address);
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(1) };
    }

    public virtual async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(ScenariosFolder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was saved.
        }
    }
}
