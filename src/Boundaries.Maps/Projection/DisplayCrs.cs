using System.Globalization;
using Boundaries.Core.Crs;
using Boundaries.Core.Units;
using NetTopologySuite.Geometries;

namespace Boundaries.Maps.Projection;

/// <summary>The projected CRS a map is drawn in: the province's VN-2000 TM-3 grid, else VN-2000 / UTM by longitude.</summary>
/// <remarks>Never raw degrees: a degree of longitude is 1.5 % shorter than a degree of latitude at 10°N, so a lon/lat plot distorts shapes and any scale bar.</remarks>
internal sealed class DisplayCrs
{
    private readonly LonLatTransform _transform;

    private DisplayCrs(int epsg)
    {
        Epsg = epsg;
        _transform = LonLatTransform.For(epsg);
        var definition = CrsRegistry.DefinitionOf(epsg);
        Name = definition.Name;
        CentralMeridian = definition.Projection!.CentralMeridianDegrees;
    }

    /// <summary>The EPSG code.</summary>
    public int Epsg { get; }

    /// <summary>The EPSG name ("VN-2000 / TM-3 105-30").</summary>
    public string Name { get; }

    /// <summary>The central meridian in degrees east.</summary>
    public double CentralMeridian { get; }

    /// <summary>The CRS for a map: its province's grid when the map has a province listed in <see cref="ProvincialGrids"/>, else UTM 48N or 49N.</summary>
    public static DisplayCrs For(AdminMap map)
    {
        var province = map.Provinces.FirstOrDefault();
        if (province is not null && ProvincialGrids.For(province.Name) is { } grid)
        {
            return new DisplayCrs(grid);
        }

        var polygons = map.Units.Where(u => u.Geometry is not null).Select(u => u.Geometry!.EnvelopeInternal).ToList();
        var centreLon = polygons.Count == 0 ? 105.0 : polygons.Aggregate(new Envelope(), (e, p) => { e.ExpandToInclude(p); return e; }).Centre.X;

        // VN-2000 / UTM zone 48N covers 102°–108°E, 49N 108°–114°E.
        return new DisplayCrs(centreLon < 108 ? 3405 : 3406);
    }

    /// <summary>A geometry in this CRS (metres) from one in lon/lat.</summary>
    public Geometry Project(Geometry lonLat) => _transform.FromLonLat(lonLat);

    /// <summary>One lon/lat point in this CRS.</summary>
    public (double X, double Y) Project(double lon, double lat) => _transform.FromLonLat(lon, lat);

    /// <summary>One point of this CRS in lon/lat.</summary>
    public (double Lon, double Lat) ToLonLat(double x, double y) => _transform.ToLonLat(x, y);

    /// <summary>The Vietnamese description printed on the map ("Hệ tọa độ VN-2000, kinh tuyến trục 105°30', múi chiếu 3°").</summary>
    public string Description
    {
        get
        {
            var degrees = (int)Math.Floor(CentralMeridian);
            var minutes = (int)Math.Round((CentralMeridian - degrees) * 60);
            var zone = Name.Contains("UTM", StringComparison.Ordinal) ? "6°" : "3°";
            return string.Create(CultureInfo.InvariantCulture, $"Hệ tọa độ VN-2000, kinh tuyến trục {degrees}°{minutes:00}', múi chiếu {zone} (EPSG:{Epsg})");
        }
    }
}
