using Boundaries.Web.Evaluation;

namespace Boundaries.Web.Downloads;

/// <summary>Downloads of the baseline and of scenarios: layers and tables now, the dossier and maps when their renderers are registered.</summary>
internal static class DownloadEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/downloads", (DownloadCatalogue catalogue) =>
                catalogue.All.Select(d => new DownloadInfo(d.Name, d.Label, d.ContentType, d.Available, d.ForBaseline)).ToList())
            .WithTags("Downloads").WithName("ListDownloads").WithSummary("What can be downloaded, and whether this build can make it.");
        app.MapGet("/api/downloads/{name}", (string name, DateOnly? asOf, [AsParameters] MapAreaQuery area, [AsParameters] NoticeQuery notice, DownloadCatalogue catalogue, BaselineViews baseline, PlannerContext context) =>
            {
                var download = Find(catalogue, name, forBaseline: true);
                var date = AsOfDate.Choose(asOf, null, context.Options);
                var view = AsOfDate.Evaluate(date, () => baseline.Of(date));
                return File(download, Context(context, null, null, view, date) with { Area = area, Notice = notice.ToNotice() });
            })
            .WithTags("Downloads").WithName("DownloadBaseline").WithSummary("A layer or table of the baseline, evaluated as of ?asOf=; a map of part of it with ?district=, ?bbox=W,S,E,N or ?units=A,B&neighbours=true.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status501NotImplemented);
        app.MapGet("/api/scenarios/{id}/downloads/{name}", async (string id, string name, DateOnly? asOf, [AsParameters] MapAreaQuery area, [AsParameters] NoticeQuery notice, DownloadCatalogue catalogue, ScenarioStore store, PlannerContext context, CancellationToken ct) =>
            {
                var download = Find(catalogue, name, forBaseline: false);
                DownloadContext? made = null;
                await ScenarioEndpoints.Locked(store, id, ct, session =>
                {
                    var date = AsOfDate.Choose(asOf, session.Scenario.EffectiveDate, context.Options);
                    made = Context(context, session.Id, session.Scenario, ScenarioEndpoints.View(session, context, asOf), date);
                    return Results.Empty;
                });
                return File(download, made! with { Area = area, Notice = notice.ToNotice() });
            })
            .WithTags("Downloads").WithName("DownloadScenario").WithSummary("A layer, table, the scenario file, the dossier or a map of a scenario, evaluated as of ?asOf=; a map of part of it with ?district=, ?bbox= or ?units=&neighbours=; the hearing page's notice with ?organiser=, ?from=, ?to=, ?place= (repeated) and ?contact=.")
            .ProducesProblems(StatusCodes.Status404NotFound, StatusCodes.Status501NotImplemented);
    }

    private static Download Find(DownloadCatalogue catalogue, string name, bool forBaseline)
    {
        var download = catalogue.Find(name);
        if (download is null || forBaseline && !download.ForBaseline)
        {
            throw new PlannerProblem(StatusCodes.Status404NotFound, "download-not-found", "Không có tệp tải xuống này", $"Không có tệp tải xuống \"{name}\"{(forBaseline ? " cho dữ liệu gốc" : "")}.");
        }

        if (!download.Available)
        {
            throw new PlannerProblem(
                StatusCodes.Status501NotImplemented,
                "download-not-built",
                "Chưa có trong bản này",
                $"\"{download.Label}\" chưa có trong bản này của chương trình: bộ tạo tệp này đang được xây dựng.");
        }

        return download;
    }

    private static DownloadContext Context(PlannerContext context, string? id, Core.Scenarios.Scenario? scenario, ScenarioView view, DateOnly asOf) =>
        new(id, scenario, view.Result, view.Assessment, context.Options.Catalogue, asOf, context.Options.DatasetId, context.Options.DatasetName, context.Options.Provenance);

    private static IResult File(Download download, DownloadContext context)
    {
        // A bad area is answered as a problem here, before the file's response starts.
        context.Area?.Resolve([context.Result.Baseline, context.Result.Map]);
        return Results.Stream(
            async stream => await download.Write!(context, stream, CancellationToken.None),
            download.ContentType,
            download.FileName(context));
    }
}
