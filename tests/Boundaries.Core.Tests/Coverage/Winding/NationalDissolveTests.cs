using System.IO.Compression;
using System.Text.Json;
using Boundaries.Core.Coverage.Dissolving;
using Boundaries.Core.Geodesy;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Boundaries.Core.Tests.Coverage.Winding;

/// <summary>
/// The national commune layer (c. 2013, 11,163 communes; not a clean coverage: only about a quarter of its boundary
/// segments are shared exactly) dissolved into its 703 districts, as W3 of the benchmark does.
/// </summary>
[Trait("Category", "Slow")]
public sealed class NationalDissolveTests
{
    [Fact]
    public void Dissolve_NationalCommunesByDistrict_WindingUnionEverywhereSameAsOverlayAndThePeersTotals()
    {
        var districts = CommunesByDistrict();
        Assert.Equal(703, districts.Count);

        var dissolved = districts.AsParallel().Select(d => (Parts: d.ToList(), Result: PolygonDissolver.Dissolve(d.ToList(), tryCoverageUnion: false))).ToList();

        // Every district took the one-pass path and agrees with pairwise overlay: valid, same area, same pieces.
        Assert.All(dissolved, d => Assert.Equal(DissolveMethod.WindingUnion, d.Result.Method));
        Assert.All(dissolved.AsParallel(), d =>
        {
            var overlay = PolygonDissolver.Overlay(d.Parts);
            Assert.True(d.Result.Geometry.IsValid);
            Assert.Equal(overlay.Area, d.Result.Geometry.Area, overlay.Area * 1e-9);
            Assert.Equal(overlay.NumGeometries, d.Result.Geometry.NumGeometries);
        });

        // bench/peers/RESULTS.md (W3, thinned layer): 78 multipolygon districts, 328,725.40 km² in Albers.
        Assert.Equal(78, dissolved.Count(d => d.Result.Geometry is MultiPolygon));
        Assert.Equal(328_725.40, dissolved.Sum(d => EllipsoidalMeasure.AreaKm2(d.Result.Geometry)), 0.2);
    }

    private static List<IGrouping<string, Geometry>> CommunesByDistrict()
    {
        using var file = File.OpenRead(RepoPaths.NationalCommunes);
        using var json = new GZipStream(file, CompressionMode.Decompress);
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var features = JsonSerializer.Deserialize<FeatureCollection>(json, options)!;
        return features
            .Where(f => f.Geometry is { IsEmpty: false })
            .GroupBy(f => Convert.ToString(f.Attributes["district_id"], System.Globalization.CultureInfo.InvariantCulture)!, f => f.Geometry)
            .ToList();
    }
}
