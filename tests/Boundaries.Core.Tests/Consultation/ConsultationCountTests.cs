using Boundaries.Core.Consultation;
using Boundaries.Core.Standards;

namespace Boundaries.Core.Tests.Consultation;

public sealed class ConsultationCountTests
{
    private static VillageTally Village(string commune, long voters, long yes, long? households = null, long? householdsYes = null) =>
        new(commune, "Phường " + commune, "Khóm 1", voters, households, yes, voters - yes, 0, householdsYes);

    [Fact]
    public void Count_VotersExactlyHalf_NotMoreThan50()
    {
        var result = ConsultationCount.Count([Village("29245", 1000, 500)], ApprovalThreshold.VotersOver50);

        Assert.False(result.Communes.Single().Approved);
        Assert.Equal(50.0, result.Communes.Single().ApprovalPercent!.Value, 1e-12);
    }

    [Fact]
    public void Count_HouseholdsExactlyHalf_AtLeast50()
    {
        var result = ConsultationCount.Count([Village("29245", 1000, 100, 400, 200)], ApprovalThreshold.HouseholdsAtLeast50);

        Assert.True(result.Communes.Single().Approved);
    }

    [Fact]
    public void Count_TwoCommunesOneRejects_NotAllApproved()
    {
        var result = ConsultationCount.Count([Village("29245", 100, 80), Village("29251", 100, 40), Village("29245", 50, 10)], ApprovalThreshold.VotersOver50);

        Assert.Equal(2, result.Communes.Count);
        Assert.Equal(90 / 150.0 * 100, result.Communes[0].ApprovalPercent!.Value, 1e-9);
        Assert.False(result.AllApproved);
    }

    [Fact]
    public void Of_BothThresholds_MarkedUnconfirmed()
    {
        Assert.Equal(RuleStatus.Unconfirmed, ApprovalRule.Of(ApprovalThreshold.VotersOver50).Basis.Status);
        Assert.Equal(RuleStatus.Unconfirmed, ApprovalRule.Of(ApprovalThreshold.HouseholdsAtLeast50).Basis.Status);
    }
}
