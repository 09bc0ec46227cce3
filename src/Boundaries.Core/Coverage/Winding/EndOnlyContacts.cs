using NetTopologySuite.Noding;

namespace Boundaries.Core.Coverage.Winding;

/// <summary>
/// Finds any place where two noded strings meet other than at ends of both: a crossing, a touch inside a segment, a
/// shared inner vertex or a partial collinear overlap. Identical segments that are whole strings are allowed (they are
/// the same boundary met twice and add up or cancel).
/// </summary>
internal sealed class EndOnlyContacts : ISegmentIntersector
{
    /// <summary>True once a contact away from the strings' ends was found.</summary>
    public bool Found { get; private set; }

    /// <inheritdoc/>
    public bool IsDone => Found;

    /// <inheritdoc/>
    public void ProcessIntersections(ISegmentString e0, int segIndex0, ISegmentString e1, int segIndex1)
    {
        // The index may hand over more pairs after the first contact is found: once found, it stays found.
        if (Found || (e0 == e1 && (segIndex0 == segIndex1 || Math.Abs(segIndex0 - segIndex1) == 1)))
        {
            return;
        }

        var p0 = e0.Coordinates[segIndex0];
        var p1 = e0.Coordinates[segIndex0 + 1];
        var q0 = e1.Coordinates[segIndex1];
        var q1 = e1.Coordinates[segIndex1 + 1];
        var contact = SegmentContact.Of(p0, p1, q0, q1);
        if (contact == SegmentContactKind.Apart)
        {
            return;
        }

        if (contact == SegmentContactKind.Crossing)
        {
            Found = true;
            return;
        }

        var identical = (p0.Equals2D(q0) && p1.Equals2D(q1)) || (p0.Equals2D(q1) && p1.Equals2D(q0));
        if (contact == SegmentContactKind.Collinear && !identical && SharesMoreThanAnEnd(p0, p1, q0, q1))
        {
            Found = true;
            return;
        }

        // Every end of one lying on the other must be an end of both segments and of both strings.
        Found = !(Allowed(q0, p0, p1, e0, segIndex0, e1, segIndex1, isFirstOfOther: true)
            && Allowed(q1, p0, p1, e0, segIndex0, e1, segIndex1, isFirstOfOther: false)
            && Allowed(p0, q0, q1, e1, segIndex1, e0, segIndex0, isFirstOfOther: true)
            && Allowed(p1, q0, q1, e1, segIndex1, e0, segIndex0, isFirstOfOther: false));
    }

    private static bool SharesMoreThanAnEnd(Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1) =>
        Inside(q0, p0, p1) || Inside(q1, p0, p1) || Inside(p0, q0, q1) || Inside(p1, q0, q1);

    private static bool Inside(Coordinate point, Coordinate a, Coordinate b) =>
        !point.Equals2D(a) && !point.Equals2D(b) && SegmentContact.OnCollinearSegment(point, a, b);

    private static bool Allowed(
        Coordinate end, Coordinate a, Coordinate b, ISegmentString onString, int onIndex, ISegmentString endString, int endIndex, bool isFirstOfOther)
    {
        if (!SegmentContact.OnSegment(end, a, b))
        {
            return true;
        }

        var atStartOfOn = end.Equals2D(a) && onIndex == 0;
        var atEndOfOn = end.Equals2D(b) && onIndex == onString.Count - 2;
        var atEndOfEndString = isFirstOfOther ? endIndex == 0 : endIndex == endString.Count - 2;
        return (atStartOfOn || atEndOfOn) && atEndOfEndString;
    }
}
