using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Web.Scenarios;

namespace Boundaries.Web.Tests.Scenarios;

public sealed class ScenarioFolderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "boundaries-web-tests", Guid.NewGuid().ToString("N"));

    private static readonly Scenario Empty = new()
    {
        Baseline = new ScenarioBaseline("tra-vinh"),
        Title = "Thử",
        Operations = [new RenameOperation("29236", "Phường Bốn")],
    };

    [Fact]
    public void Read_AfterWrite_KeepsTheVersion()
    {
        var folder = new ScenarioFolder(_path);

        folder.Write("thu", Empty, 7);
        var (scenario, version) = folder.Read("thu");

        Assert.Equal(7, version);
        Assert.Equal("Thử", scenario.Title);
        Assert.Equal(["thu"], folder.Ids());
    }

    [Fact]
    public void Read_FileEditedByHand_MovesTheVersionOn()
    {
        var folder = new ScenarioFolder(_path);
        folder.Write("thu", Empty, 7);

        File.WriteAllText(folder.FileOf("thu"), File.ReadAllText(folder.FileOf("thu")).Replace("Thử", "Sửa tay", StringComparison.Ordinal));
        var (scenario, version) = folder.Read("thu");

        // A tab that read version 7 must not write over the hand edit.
        Assert.Equal(8, version);
        Assert.Equal("Sửa tay", scenario.Title);
    }

    [Fact]
    public void Read_WithoutVersionFile_StartsAtOne()
    {
        var folder = new ScenarioFolder(_path);
        folder.Write("thu", Empty, 7);

        File.Delete(Path.Combine(_path, "thu.planner.json"));

        Assert.Equal(1, folder.Read("thu").Version);
    }

    [Theory]
    [InlineData("NQ 1277: Phường 2, 3 và 6", "nq-1277-phuong-2-3-va-6")]
    [InlineData("Mở rộng thành phố Trà Vinh", "mo-rong-thanh-pho-tra-vinh")]
    [InlineData("///", "phuong-an")]
    public void FromTitle_VietnameseTitle_IsAsciiSlug(string title, string id)
    {
        Assert.Equal(id, ScenarioIds.FromTitle(title, _ => false));
    }

    [Fact]
    public void FromTitle_Taken_AddsANumber()
    {
        Assert.Equal("thu-3", ScenarioIds.FromTitle("Thử", id => id is "thu" or "thu-2"));
    }

    [Theory]
    [InlineData("../etc", false)]
    [InlineData("a.b", false)]
    [InlineData("nq-1277", true)]
    public void IsValid_PathCharacters_AreRefused(string id, bool valid)
    {
        Assert.Equal(valid, ScenarioIds.IsValid(id));
    }

    public void Dispose()
    {
        if (Directory.Exists(_path))
        {
            Directory.Delete(_path, recursive: true);
        }
    }
}
