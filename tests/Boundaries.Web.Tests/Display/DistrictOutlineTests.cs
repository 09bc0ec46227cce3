using Boundaries.Web.Tests.TestSupport;

namespace Boundaries.Web.Tests.Display;

[Collection(PlannerCollection.Name)]
public sealed class DistrictOutlineTests(TraVinhPlanner planner)
{
    [Fact]
    public async Task Apply_MergeInsideTheCity_KeepsTheCityOutline()
    {
        var baseline = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/units");
        var (id, version) = await PlannerApi.Create(planner.Client, "outline kept");

        var snapshot = await PlannerApi.Apply(planner.Client, id, version, PlannerApi.MergeNq1277);

        // The territory of TP Trà Vinh is the same, so its outline is handed on rather than made again, and the
        // answer, which carries only what changed, leaves it out.
        var after = await PlannerApi.Ok(planner.Client, HttpMethod.Get, $"/api/scenarios/{id}/result/units");
        Assert.Null(PlannerApi.Feature(snapshot["units"]!, "842"));
        Assert.Equal(
            PlannerApi.Feature(baseline, "842")!["geometry"]!.ToJsonString(),
            PlannerApi.Feature(after, "842")!["geometry"]!.ToJsonString());
    }

    [Fact]
    public async Task Apply_ReassignToTheCity_RedrawsBothOutlines()
    {
        var baseline = await PlannerApi.Ok(planner.Client, HttpMethod.Get, "/api/units");
        var (id, version) = await PlannerApi.Create(planner.Client, "outline redrawn");

        var snapshot = await PlannerApi.Apply(planner.Client, id, version, PlannerApi.Operation("""{"op":"reassign","units":["29395"],"to":"842"}"""));

        // Xã Nguyệt Hóa lies west of the city: the city's outline now reaches as far west as the commune does.
        var westOfCommune = PlannerApi.Vertices(PlannerApi.Feature(baseline, "29395")!).Min(v => v.Item1);
        var westOfCityBefore = PlannerApi.Vertices(PlannerApi.Feature(baseline, "842")!).Min(v => v.Item1);
        var westOfCityAfter = PlannerApi.Vertices(PlannerApi.Feature(snapshot["units"]!, "842")!).Min(v => v.Item1);
        Assert.True(westOfCityBefore > westOfCommune + 0.01, $"{westOfCityBefore} vs {westOfCommune}");
        Assert.Equal(westOfCommune, westOfCityAfter, 1e-5);
        Assert.NotEqual(
            PlannerApi.Feature(baseline, "847")!["geometry"]!.ToJsonString(),
            PlannerApi.Feature(snapshot["units"]!, "847")!["geometry"]!.ToJsonString());
    }
}
