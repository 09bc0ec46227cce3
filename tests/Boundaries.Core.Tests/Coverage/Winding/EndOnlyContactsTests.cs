using Boundaries.Core.Coverage.Winding;
using NetTopologySuite.Geometries;
using NetTopologySuite.Noding;

namespace Boundaries.Core.Tests.Coverage.Winding;

public sealed class EndOnlyContactsTests
{
    [Fact]
    public void ProcessIntersections_CrossingThenStringsMeetingAtTheirEnds_StaysFound()
    {
        var across = Run((0, 0), (2, 2));
        var other = Run((0, 2), (2, 0));
        var before = Run((-1, 0), (0, 0));
        var contacts = new EndOnlyContacts();

        contacts.ProcessIntersections(across, 0, other, 0);
        contacts.ProcessIntersections(before, 0, across, 0);

        Assert.True(contacts.Found);
    }

    [Fact]
    public void ProcessIntersections_StringsMeetingOnlyAtTheirEnds_NotFound()
    {
        var contacts = new EndOnlyContacts();

        contacts.ProcessIntersections(Run((-1, 0), (0, 0)), 0, Run((0, 0), (2, 2)), 0);

        Assert.False(contacts.Found);
    }

    [Fact]
    public void ProcessIntersections_EndInsideAnotherSegment_Found()
    {
        var contacts = new EndOnlyContacts();

        contacts.ProcessIntersections(Run((0, 0), (2, 0)), 0, Run((1, 0), (1, 1)), 0);

        Assert.True(contacts.Found);
    }

    private static NodedSegmentString Run(params (double X, double Y)[] points) =>
        new([.. points.Select(p => new Coordinate(p.X, p.Y))], null);
}
