using Boundaries.Documents.Templates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Boundaries.Web.Tests.TestSupport;

/// <summary>The planner on the real Trà Vinh data, served by a real Kestrel server on 127.0.0.1 and a free port, with its own scenarios folder.</summary>
public sealed class TraVinhPlanner : IAsyncLifetime
{
    private static readonly Lazy<PlannerOptions> Baseline = new(Load);
    private WebApplication? _app;

    /// <summary>The scenarios folder of this server.</summary>
    public string ScenariosFolder { get; } = Path.Combine(Path.GetTempPath(), "boundaries-web-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The server's address, e.g. http://127.0.0.1:41234.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client for the server.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The options the server was started with (the imported map and the catalogue).</summary>
    public PlannerOptions Options => Baseline.Value with { ScenariosFolder = ScenariosFolder };

    public async Task InitializeAsync()
    {
        _app = PlannerApp.Build(Options, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Address = new Uri(address);
        Client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromMinutes(1) };
    }

    public async Task DisposeAsync()
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

    /// <summary>The Trà Vinh map through the importer, with the catalogue of data/standards.</summary>
    private static PlannerOptions Load()
    {
        var catalogue = TraVinhData.Catalogue;
        var project = TraVinhData.Project;
        return new PlannerOptions
        {
            Map = project.Map,
            DatasetName = project.Metadata.DatasetName,
            DatasetId = "tra-vinh",
            Catalogue = catalogue,
            ScenariosFolder = "",
            DefaultAsOf = TraVinhData.SeedReport,
            UnitsAsOf = project.Metadata.UnitsAsOf,
            Provenance = project.Metadata.Sources,
            Issues = project.Issues,
            Templates = TemplateSet.Load(RepoPaths.Templates),
        };
    }
}

/// <summary>Test classes in this collection share one server.</summary>
[CollectionDefinition(Name)]
public sealed class PlannerCollection : ICollectionFixture<TraVinhPlanner>
{
    public const string Name = "Trà Vinh planner";
}
