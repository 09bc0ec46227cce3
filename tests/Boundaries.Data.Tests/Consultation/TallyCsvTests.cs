using Boundaries.Core.Consultation;
using Boundaries.Data.Consultation;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Consultation;

public sealed class TallyCsvTests
{
    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "fixtures", "consultation", "tally-nq1277-test-fixture.csv");

    [Fact]
    public void Read_TestFixture_EightVillagesWithHouseholds()
    {
        var tallies = TallyCsv.Read(Fixture, ApprovalThreshold.HouseholdsAtLeast50);

        Assert.Equal(8, tallies.Count);
        Assert.Equal(7085, tallies.Where(t => t.Commune.Value == "29251").Sum(t => t.RegisteredVoters));
        Assert.Equal(2, tallies[0].Line);
    }

    [Fact]
    public void Read_MoreVotesThanVoters_NamesTheLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("tally.csv");
        File.WriteAllText(path, "commune_code,commune_name,village,registered_voters,votes_for,votes_against,votes_invalid\n29245,Phường 2,Khóm 1,10,8,5,0\n");

        var error = Assert.Throws<InputDataException>(() => TallyCsv.Read(path, ApprovalThreshold.VotersOver50));

        Assert.Contains("line 2: Khóm 1: 13 votes cast", error.Message);
    }

    [Fact]
    public void Read_HouseholdThresholdWithoutColumn_SaysWhichColumn()
    {
        using var folder = new TempFolder();
        var path = folder.File("tally.csv");
        File.WriteAllText(path, "commune_code,commune_name,village,registered_voters,votes_for,votes_against,votes_invalid\n29245,Phường 2,Khóm 1,10,8,1,0\n");

        var error = Assert.Throws<InputDataException>(() => TallyCsv.Read(path, ApprovalThreshold.HouseholdsAtLeast50));

        Assert.Contains("no column 'households'", error.Message);
    }

    [Fact]
    public void Read_ThousandsSeparator_RefusedWithHint()
    {
        using var folder = new TempFolder();
        var path = folder.File("tally.csv");
        File.WriteAllText(path, "commune_code,commune_name,village,registered_voters,votes_for,votes_against,votes_invalid\n29245,Phường 2,Khóm 1,1.664,8,1,0\n");

        var error = Assert.Throws<InputDataException>(() => TallyCsv.Read(path, ApprovalThreshold.VotersOver50));

        Assert.Contains("write 1664, not 1.664", error.Message);
    }
}
