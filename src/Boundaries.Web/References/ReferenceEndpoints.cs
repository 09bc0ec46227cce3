using Boundaries.Web.Display;

namespace Boundaries.Web.References;

/// <summary>The reference layers, fetched by the page only when the planner turns one on, so the first load stays small.</summary>
internal static class ReferenceEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Reference layers");
        api.MapGet("/references", (ReferenceLines lines) => lines.Entries)
            .WithName("GetReferenceLayers")
            .WithSummary("The reference layers of the project (the other baseline's communes and districts, the province outline, the seats), each with its label and whether the data has it.");
        api.MapGet("/references/{id}", async (string id, HttpContext http, ReferenceLines lines) =>
            {
                var compact = GeometryForms.IsCompact(http.Request);
                var encoded = lines.Encoded(id, compact) ?? throw new PlannerProblem(
                    StatusCodes.Status404NotFound, "reference-not-found", "Không có lớp tham chiếu", $"Dữ liệu không có lớp tham chiếu \"{id}\".");
                http.Response.ContentType = "application/json; charset=utf-8";
                if (StoredBrotli.Accepted(http.Request))
                {
                    await StoredBrotli.Send(http, StoredBrotli.Of(encoded, compact, () => encoded));
                    return;
                }

                await http.Response.Body.WriteAsync(encoded, http.RequestAborted);
            })
            .WithName("GetReferenceLayer")
            .WithSummary("One reference layer's polygons, to be drawn as lines without fill: label with vintage and source, a note on what the data lacks, and the shapes (?geometry=compact for the page's compact form).")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
