using System.Globalization;

namespace Boundaries.Core.Crs;

/// <summary>Writes a supported CRS as OGC WKT1 in the form GDAL writes for the same EPSG code.</summary>
/// <remarks>Geographic CRS carry no AXIS clause, as in GDAL's WKT1: files store them x = lon, y = lat.</remarks>
internal static class CrsWkt
{
    private const string Spheroid = "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]";
    private const string Greenwich = "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]";
    private const string Degree = "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]";

    public static string Write(CrsDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var geographic = definition.Datum == GeodeticDatum.Wgs84 ? Wgs84Geographic() : Vn2000Geographic();
        if (definition.Projection is not { } tm)
        {
            return geographic;
        }

        return "PROJCS[\"" + definition.Name + "\"," + geographic +
            ",PROJECTION[\"Transverse_Mercator\"]" +
            Parameter("latitude_of_origin", tm.LatitudeOfOriginDegrees) +
            Parameter("central_meridian", tm.CentralMeridianDegrees) +
            Parameter("scale_factor", tm.ScaleFactor) +
            Parameter("false_easting", tm.FalseEastingMeters) +
            Parameter("false_northing", tm.FalseNorthingMeters) +
            ",UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH]" +
            ",AUTHORITY[\"EPSG\",\"" + Number(definition.Epsg) + "\"]]";
    }

    private static string Wgs84Geographic() =>
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\"," + Spheroid + ",AUTHORITY[\"EPSG\",\"6326\"]]," + Greenwich + "," + Degree +
        ",AUTHORITY[\"EPSG\",\"4326\"]]";

    private static string Vn2000Geographic() =>
        "GEOGCS[\"VN-2000\",DATUM[\"Vietnam_2000\"," + Spheroid +
        ",TOWGS84[" + string.Join(",", Vn2000ToWgs84.ToWgs84Values.Select(Number)) + "],AUTHORITY[\"EPSG\",\"6756\"]]," +
        Greenwich + "," + Degree + ",AUTHORITY[\"EPSG\",\"4756\"]]";

    private static string Parameter(string name, double value) => ",PARAMETER[\"" + name + "\"," + Number(value) + "]";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
