using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

/// <summary><c>boundaries plan --compare</c> with a real arrangement it cannot read: refused before anything is planned or written.</summary>
public sealed class PlanCompareInputTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    [Theory]
    [InlineData("old_code,new_code\n29521,29513\n", "cw.csv: no column 'old_name', 'old_province_name', 'new_name', 'type' for a crosswalk")]
    [InlineData("old_code,old_name,old_province_name,new_code,new_name,type\n99999,Xã Không Có,Tỉnh Trà Vinh,29513,Xã Long Thành,full\n", "cw.csv: no old code of the crosswalk is a commune-level unit of the map")]
    public void Plan_CrosswalkItCannotUse_ExitTwoNamingTheFile_NoPlanWritten(string crosswalk, string message)
    {
        using var work = new TempFolder();

        var run = BoundariesCommand.Run(work.Path, "plan", project.Path, "--compare", work.Write("cw.csv", crosswalk), "--out", work.File("plan.json"), "--real-scenario", work.File("real.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.Equal(["cw.csv"], work.Entries());
    }
}
