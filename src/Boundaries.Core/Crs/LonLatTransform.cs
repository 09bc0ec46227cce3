using System.Collections.Concurrent;
using NetTopologySuite;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Boundaries.Core.Crs;

/// <summary>Transforms geometries from a supported CRS to lon/lat on WGS 84 (EPSG:4326).</summary>
/// <remarks>
/// VN-2000 is shifted to WGS 84 with the national 7-parameter Helmert (EPSG:6960); heights are taken as 0
/// on the ellipsoid, as in PROJ's 2D transformation. Z and M ordinates are copied unchanged. The input's
/// SRID is not consulted: the CRS given to <see cref="For"/> is what counts. Instances are immutable and
/// safe to share between threads.
/// </remarks>
public sealed class LonLatTransform
{
    private static readonly ConcurrentDictionary<int, LonLatTransform> Cache = new();
    private static readonly PrecisionModel Floating = new();

    private readonly MathTransform? _toLonLat;
    private readonly MathTransform? _fromLonLat;

    private LonLatTransform(int sourceEpsg, MathTransform? toLonLat, MathTransform? fromLonLat)
    {
        SourceEpsg = sourceEpsg;
        _toLonLat = toLonLat;
        _fromLonLat = fromLonLat;
    }

    /// <summary>The EPSG code of the CRS this transform reads.</summary>
    public int SourceEpsg { get; }

    /// <summary>True when the source is EPSG:4326 and coordinates are copied unchanged.</summary>
    public bool IsIdentity => _toLonLat is null;

    /// <summary>The transform from the given EPSG code to EPSG:4326.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The code is not supported (identify the CRS first with <see cref="CrsIdentifier"/>).</exception>
    public static LonLatTransform For(int sourceEpsg) => Cache.GetOrAdd(CrsRegistry.DefinitionOf(sourceEpsg).Epsg, Create);

    /// <summary>A new geometry in lon/lat with SRID 4326; the input is not changed.</summary>
    public Geometry ToLonLat(Geometry geometry) => Transformed(geometry, _toLonLat, CrsRegistry.Wgs84);

    /// <summary>A new geometry in the source CRS (SRID = <see cref="SourceEpsg"/>) from one in lon/lat on WGS 84; the input is not changed.</summary>
    public Geometry FromLonLat(Geometry lonLat) => Transformed(lonLat, _fromLonLat, SourceEpsg);

    /// <summary>One point in lon/lat on WGS 84, in degrees.</summary>
    public (double Lon, double Lat) ToLonLat(double x, double y)
    {
        Span<double> xy = [x, y];
        ToLonLatInPlace(xy, 2);
        return (xy[0], xy[1]);
    }

    /// <summary>One lon/lat point on WGS 84 in the source CRS.</summary>
    public (double X, double Y) FromLonLat(double lon, double lat)
    {
        Span<double> xy = [lon, lat];
        FromLonLatInPlace(xy, 2);
        return (xy[0], xy[1]);
    }

    /// <summary>Transforms interleaved ordinates (x, y[, z[, m]] per point) to lon/lat in place; only x and y change.</summary>
    /// <remarks>The layout of NTS's packed coordinate sequences, so a streaming reader can transform without copying.</remarks>
    public void ToLonLatInPlace(Span<double> ordinates, int dimension) => TransformInPlace(_toLonLat, ordinates, dimension);

    /// <summary>Transforms interleaved lon/lat ordinates to the source CRS in place; only x and y change.</summary>
    public void FromLonLatInPlace(Span<double> ordinates, int dimension) => TransformInPlace(_fromLonLat, ordinates, dimension);

    private static LonLatTransform Create(int epsg)
    {
        if (epsg == CrsRegistry.Wgs84)
        {
            return new LonLatTransform(epsg, null, null);
        }

        var source = new CoordinateSystemFactory().CreateFromWkt(CrsRegistry.DefinitionOf(epsg).ToWkt());
        var factory = new CoordinateTransformationFactory();
        var to = factory.CreateFromCoordinateSystems(source, GeographicCoordinateSystem.WGS84).MathTransform;
        var from = factory.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, source).MathTransform;
        return new LonLatTransform(epsg, to, from);
    }

    private Geometry Transformed(Geometry geometry, MathTransform? transform, int targetSrid)
    {
        ArgumentNullException.ThrowIfNull(geometry);

        // A floating precision model: a fixed grid in metres would be meaningless in degrees and vice versa.
        var factory = NtsGeometryServices.Instance.CreateGeometryFactory(Floating, targetSrid, geometry.Factory.CoordinateSequenceFactory);

        return TransformedCopy.Of(geometry, factory, transform);
    }

    private static void TransformInPlace(MathTransform? transform, Span<double> ordinates, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        if (ordinates.Length % dimension != 0)
        {
            throw new ArgumentException($"{ordinates.Length} ordinates are not a whole number of {dimension}-dimensional points", nameof(ordinates));
        }

        if (transform is not null)
        {
            SequenceTransformer.TransformInterleaved(transform, ordinates, dimension);
        }
    }
}
