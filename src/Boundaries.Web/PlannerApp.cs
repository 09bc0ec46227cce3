using System.Text.Encodings.Web;
using Boundaries.Web.Downloads;
using Boundaries.Web.Evaluation;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;

namespace Boundaries.Web;

/// <summary>Builds the web planner: the HTTP API (OpenAPI at /openapi/v1.json) and the page at /.</summary>
public static class PlannerApp
{
    /// <summary>The app for <paramref name="options"/>, listening on <paramref name="urls"/> (see <see cref="ListenAddresses.Parse"/>).</summary>
    /// <param name="options">The project and where its scenarios are saved.</param>
    /// <param name="urls">The addresses to listen on; "http://127.0.0.1:0" picks a free port (read it from the app's addresses once started).</param>
    /// <param name="logLevel">The least important log messages written to the console.</param>
    public static WebApplication Build(PlannerOptions options, IReadOnlyList<string> urls, LogLevel logLevel = LogLevel.Warning)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(urls);
        var context = new PlannerContext(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(PlannerApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders().AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(logLevel);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            kestrel.Limits.MaxRequestLineSize = 8 * 1024;
        });

        // A loopback planner answers only to loopback names, so a web page elsewhere cannot reach it by DNS rebinding.
        var loopbackOnly = urls.All(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && ListenAddresses.IsLoopback(uri.Host));
        builder.Services.Configure<HostFilteringOptions>(o => o.AllowedHosts = loopbackOnly ? ["localhost", "127.0.0.1", "[::1]"] : ["*"]);
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.MaxDepth = 64;
        });
        builder.Services.AddPlannerCompression();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemResponses.Describe);
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Boundaries planner API";
            document.Info.Description = "Units, evaluation against the legal standards, scenarios with undo/redo and versions, and downloads, for the web planner of Boundaries.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(context);
        IScenarioShelf shelf = options.SharedProject is { } shared ? new SharedScenarioShelf(shared) : new ScenarioFolder(options.ScenariosFolder);
        builder.Services.AddSingleton(new ScenarioStore(context, shelf));
        builder.Services.AddSingleton(new BaselineViews(context));
        builder.Services.AddSingleton(new References.ReferenceLines(options.References, options.DisplayToleranceDegrees));
        IReadOnlyList<Download> dossier = options.Templates is { } templates ? [DossierDownload.With(templates)] : [];
        IReadOnlyList<Download> maps = [MapDownload.For(Maps.MapFormat.Png), MapDownload.For(Maps.MapFormat.Pdf)];
        IReadOnlyList<Download> hearing = [HearingDownload.With(options.Templates?.Instruments)];
        builder.Services.AddSingleton(new DownloadCatalogue([.. dossier, .. maps, .. hearing, .. options.Downloads]));

        var app = builder.Build();
        app.Urls.Clear();
        foreach (var url in urls)
        {
            app.Urls.Add(url);
        }

        app.UseResponseCompression();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ProblemResponses.Handle });
        app.UseHostFiltering();
        app.UsePeople(options.People);
        app.UseSecurityHeaders();
        app.UseOriginCheck();
        app.UseStatusCodePages();
        app.MapOpenApi();
        EvaluationEndpoints.Map(app);
        ScenarioEndpoints.Map(app);
        DownloadEndpoints.Map(app);
        Proposals.ProposalEndpoints.Map(app);
        Plans.PlanEndpoints.Map(app);
        References.ReferenceEndpoints.Map(app);
        PlannerPage.Map(app);
        return app;
    }
}
