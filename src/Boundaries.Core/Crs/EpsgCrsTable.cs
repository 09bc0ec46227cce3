namespace Boundaries.Core.Crs;

/// <summary>The supported CRS as data, every parameter taken from the EPSG dataset.</summary>
/// <remarks>
/// Source: EPSG dataset v10.076 in PROJ 9.1.1's proj.db (read with pyproj 3.4.1);
/// CrsRegistryTests checks each row against tests/fixtures/crs/epsg_parameters.csv made from it.
/// The TM-3 grids implement the 3° zones and provincial central meridians of Thông tư 973/2001/TT-TCĐC
/// (scale factor 0.9999); the UTM grids use 6° zones (scale factor 0.9996).
/// </remarks>
internal static class EpsgCrsTable
{
    public static IReadOnlyList<CrsDefinition> All { get; } =
    [
        //  EPSG  name                         datum                 lat0  lon0     k0      false E   false N
        Geographic(4326, "WGS 84", GeodeticDatum.Wgs84),
        Geographic(4756, "VN-2000", GeodeticDatum.Vn2000),
        Grid(3405, "VN-2000 / UTM zone 48N", 0, 105.00, 0.9996, 500_000, 0),
        Grid(3406, "VN-2000 / UTM zone 49N", 0, 111.00, 0.9996, 500_000, 0),
        Grid(5896, "VN-2000 / TM-3 zone 481", 0, 102.00, 0.9999, 500_000, 0),
        Grid(5897, "VN-2000 / TM-3 zone 482", 0, 105.00, 0.9999, 500_000, 0),
        Grid(5898, "VN-2000 / TM-3 zone 491", 0, 108.00, 0.9999, 500_000, 0),
        Grid(5899, "VN-2000 / TM-3 107-45", 0, 107.75, 0.9999, 500_000, 0),
        Grid(9205, "VN-2000 / TM-3 103-00", 0, 103.00, 0.9999, 500_000, 0),
        Grid(9206, "VN-2000 / TM-3 104-00", 0, 104.00, 0.9999, 500_000, 0),
        Grid(9207, "VN-2000 / TM-3 104-30", 0, 104.50, 0.9999, 500_000, 0),
        Grid(9208, "VN-2000 / TM-3 104-45", 0, 104.75, 0.9999, 500_000, 0),
        Grid(9209, "VN-2000 / TM-3 105-30", 0, 105.50, 0.9999, 500_000, 0),
        Grid(9210, "VN-2000 / TM-3 105-45", 0, 105.75, 0.9999, 500_000, 0),
        Grid(9211, "VN-2000 / TM-3 106-00", 0, 106.00, 0.9999, 500_000, 0),
        Grid(9212, "VN-2000 / TM-3 106-15", 0, 106.25, 0.9999, 500_000, 0),
        Grid(9213, "VN-2000 / TM-3 106-30", 0, 106.50, 0.9999, 500_000, 0),
        Grid(9214, "VN-2000 / TM-3 107-00", 0, 107.00, 0.9999, 500_000, 0),
        Grid(9215, "VN-2000 / TM-3 107-15", 0, 107.25, 0.9999, 500_000, 0),
        Grid(9216, "VN-2000 / TM-3 107-30", 0, 107.50, 0.9999, 500_000, 0),
        Grid(9217, "VN-2000 / TM-3 108-15", 0, 108.25, 0.9999, 500_000, 0),
        Grid(9218, "VN-2000 / TM-3 108-30", 0, 108.50, 0.9999, 500_000, 0),
    ];

    private static CrsDefinition Geographic(int epsg, string name, GeodeticDatum datum) => new(epsg, name, datum, null);

    private static CrsDefinition Grid(int epsg, string name, double lat0, double lon0, double k0, double falseEasting, double falseNorthing) =>
        new(epsg, name, GeodeticDatum.Vn2000, new TransverseMercatorParameters(lat0, lon0, k0, falseEasting, falseNorthing));
}
