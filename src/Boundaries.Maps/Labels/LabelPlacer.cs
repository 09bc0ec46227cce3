using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using SkiaSharp;

namespace Boundaries.Maps.Labels;

/// <summary>Places labels without overlaps: inside each unit where a wording fits, then half inside, then outside with a leader line.</summary>
/// <remarks>
/// Greedy, in passes over all units so that no unit's callout takes the room another needs inside itself:
/// (1) a wording wholly inside the polygon, at one of its interior points (inscribed circle centre first);
/// (2) a wording centred inside and mostly inside; (3) a wording beside the unit, joined to it by a leader.
/// A unit that finds no place stays unlabelled and is reported, never overprinted.
/// </remarks>
internal sealed class LabelPlacer
{
    private const float Padding = 0.9f;
    private const double RelaxedInsideShare = 0.6;
    private readonly SKRect _bounds;
    private readonly List<PlacedLabel> _placed = [];
    private readonly List<SKRect> _reserved = [];

    /// <summary>A placer for labels that must stay within <paramref name="frame"/>.</summary>
    public LabelPlacer(SKRect frame)
    {
        _bounds = new SKRect(frame.Left + 2, frame.Top + 2, frame.Right - 2, frame.Bottom - 2);
    }

    /// <summary>The labels placed so far.</summary>
    public IReadOnlyList<PlacedLabel> Placed => _placed;

    /// <summary>Keeps a small area free of district names (the heart of a small commune), though commune labels may use it.</summary>
    public void Reserve(SKRect area) => _reserved.Add(area);

    /// <summary>Swaps a placed label's block for another that fits the same box (a number given after placement).</summary>
    public void Relabel(PlacedLabel label, LabelBlock block) => _placed[_placed.IndexOf(label)] = label with { Block = block };

    /// <summary>Places the jobs in passes; returns the keys left unlabelled.</summary>
    public IReadOnlyList<string> PlaceAll(IReadOnlyList<LabelJob> jobs, double minimumInsideShare = 1.0, bool honourReservations = true, bool lastResort = false)
    {
        var ordered = jobs.OrderByDescending(j => j.Urgency).ToList();
        var prepared = ordered.ToDictionary(j => j, j => PreparedGeometryFactory.Prepare(j.Polygon));
        var candidates = ordered.ToDictionary(j => j, j => InteriorPoints.Of(j.Polygon, 24, Math.Max(3, j.Forms.Count == 0 ? 3 : j.Forms[0].Height * 0.75)));
        var open = new List<LabelJob>(ordered);

        open.RemoveAll(j => TryInside(j, prepared[j], candidates[j], minimumInsideShare, honourReservations));
        if (minimumInsideShare >= 1.0)
        {
            open.RemoveAll(j => TryInside(j, prepared[j], candidates[j], RelaxedInsideShare, honourReservations));
        }

        open.RemoveAll(j => TryCallout(j, candidates[j], leaderMayCross: false));
        if (lastResort)
        {
            // Better a leader line across another label than a unit without any label: boxes still never overlap.
            open.RemoveAll(j => TryCallout(j, candidates[j], leaderMayCross: true));
        }

        return open.Select(j => j.Key).ToList();
    }

    private bool TryInside(LabelJob job, IPreparedGeometry polygon, IReadOnlyList<InteriorPoints.Candidate> points, double insideShare, bool honourReservations)
    {
        foreach (var block in job.Forms)
        {
            foreach (var point in points)
            {
                var box = block.CentredAt(new SKPoint((float)point.Point.X, (float)point.Point.Y));
                if (!Free(box) || (honourReservations && job.Kind != LabelKind.Commune && _reserved.Any(r => r.IntersectsWith(box))) || !Inside(job.Polygon, polygon, box, insideShare))
                {
                    continue;
                }

                _placed.Add(new PlacedLabel(job.Key, block, box, job.Kind, null));
                return true;
            }
        }

        return false;
    }

    private bool TryCallout(LabelJob job, IReadOnlyList<InteriorPoints.Candidate> points, bool leaderMayCross)
    {
        if (job.CalloutForms.Count == 0 || points.Count == 0)
        {
            return false;
        }

        foreach (var block in job.CalloutForms)
        {
            // The inscribed circle's centre first; other interior points when labels already surround it.
            foreach (var point in points.Take(4))
            {
                if (TryCalloutFrom(job, block, new SKPoint((float)point.Point.X, (float)point.Point.Y), (float)point.Clearance, leaderMayCross))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool TryCalloutFrom(LabelJob job, LabelBlock block, SKPoint anchor, float clearance, bool leaderMayCross)
    {
        foreach (var distance in new[] { 7f, 13f, 20f, 28f, 38f, 50f, 65f, 80f })
        {
            for (var step = 0; step < 16; step++)
            {
                // East first, then alternating above and below: labels read best to the right of what they name.
                var angle = (step % 2 == 0 ? 1 : -1) * ((step + 1) / 2) * (MathF.PI / 8);
                var reach = clearance + distance;
                var at = new SKPoint(anchor.X + (reach * MathF.Cos(angle)), anchor.Y + (reach * MathF.Sin(angle)));
                var box = BesidePoint(block, at, MathF.Cos(angle), MathF.Sin(angle));
                if (!Free(box) || (!leaderMayCross && CrossesLabel(anchor, Nearest(box, anchor))))
                {
                    continue;
                }

                _placed.Add(new PlacedLabel(job.Key, block, box, job.Kind, anchor));
                return true;
            }
        }

        return false;
    }

    private static SKRect BesidePoint(LabelBlock block, SKPoint at, float cos, float sin)
    {
        var left = cos > 0.35f ? at.X : cos < -0.35f ? at.X - block.Width : at.X - (block.Width / 2);
        var top = sin > 0.35f ? at.Y : sin < -0.35f ? at.Y - block.Height : at.Y - (block.Height / 2);
        return new SKRect(left, top, left + block.Width, top + block.Height);
    }

    /// <summary>The point of a box nearest to a point outside it, where a leader line ends.</summary>
    public static SKPoint Nearest(SKRect box, SKPoint point) =>
        new(Math.Clamp(point.X, box.Left, box.Right), Math.Clamp(point.Y, box.Top, box.Bottom));

    private bool Free(SKRect box)
    {
        if (!_bounds.Contains(box))
        {
            return false;
        }

        var padded = SKRect.Inflate(box, Padding, Padding);
        return !_placed.Any(p => p.Box.IntersectsWith(padded) || (p.Leader is { } a && SegmentHitsBox(a, Nearest(p.Box, a), padded)));
    }

    private bool CrossesLabel(SKPoint from, SKPoint to) => _placed.Any(p => SegmentHitsBox(from, to, SKRect.Inflate(p.Box, Padding, Padding)));

    private static bool Inside(Geometry raw, IPreparedGeometry polygon, SKRect box, double share)
    {
        var rectangle = raw.Factory.ToGeometry(new Envelope(box.Left, box.Right, box.Top, box.Bottom));
        if (share >= 1.0)
        {
            return polygon.Contains(rectangle);
        }

        var centre = raw.Factory.CreatePoint(new Coordinate(box.MidX, box.MidY));
        if (!polygon.Contains(centre))
        {
            return false;
        }

        return raw.Intersection(rectangle).Area >= share * rectangle.Area;
    }

    private static bool SegmentHitsBox(SKPoint a, SKPoint b, SKRect box)
    {
        // Sampling is enough at label scale: leaders are short and boxes at least a few points wide.
        var steps = (int)Math.Ceiling(SKPoint.Distance(a, b) / 1.5f);
        for (var i = 1; i < steps; i++)
        {
            var t = i / (float)steps;
            if (box.Contains(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t)))
            {
                return true;
            }
        }

        return false;
    }
}
