namespace Boundaries.Data.Store.GeoPackage;

/// <summary>The tables of a Boundaries project file and the GeoPackage 1.3 (OGC 12-128r17) rules they follow.</summary>
internal static class GeoPackageSchema
{
    /// <summary>GeoPackage Req 2: "A GeoPackage SHALL contain a value of 0x47504B47 ("GPKG" in ASCII) in the "application_id" field of the SQLite database header".</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>GeoPackage Req 2: the "user_version" field holds the version; "For GeoPackage Version 1.3 this value is 0x0000283C (the hexadecimal value for 10300)".</summary>
    public const int UserVersion = 10300;

    /// <summary>EPSG:4326, WGS 84 lon/lat, the one CRS of every layer.</summary>
    public const int Wgs84SrsId = 4326;

    /// <summary>The name of the geometry column in every feature table.</summary>
    public const string GeometryColumn = "geom";

    /// <summary>The layer of commune-level units (xã, phường, thị trấn).</summary>
    public const string Communes = "communes";

    /// <summary>The layer of district-level units (huyện, quận, thị xã, thành phố thuộc tỉnh).</summary>
    public const string Districts = "districts";

    /// <summary>The layer of province-level units.</summary>
    public const string Provinces = "provinces";

    /// <summary>The layer of polygons that belong to no current unit.</summary>
    public const string UnassignedAreas = "unassigned_areas";

    /// <summary>The attribute table of special factors.</summary>
    public const string SpecialFactors = "special_factors";

    /// <summary>The attribute table of populations stated by an authority (the 2025 declared figures; a resolution's figure); added after format 1 was fixed, so older files lack it.</summary>
    public const string OfficialPopulations = "official_populations";

    /// <summary>The attribute table of measured doubts on the units' figures; older files lack it.</summary>
    public const string FigureDoubts = "figure_doubts";

    /// <summary>The attribute table of the crosswalk from the codes before the baseline (old_code → new_code, full | partial); older files lack it.</summary>
    public const string CodeCrosswalk = "code_crosswalk";

    /// <summary>The attribute table of import and QA issues.</summary>
    public const string DataIssues = "data_issues";

    /// <summary>The attribute table of project metadata (key/value).</summary>
    public const string ProjectMetadata = "project_metadata";

    /// <summary>The definition of EPSG:4326 as OGC WKT (GeoPackage Req 11: the 4326 record "SHALL correspond to WGS-84 as defined by EPSG in 4326").</summary>
    public const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    /// <summary>The statements that create an empty project file, in order.</summary>
    public static IReadOnlyList<string> CreateStatements { get; } =
    [
        // Req 2 (see ApplicationId and UserVersion): the header fields that make the file a GeoPackage 1.3.
        $"PRAGMA application_id = {ApplicationId}",
        $"PRAGMA user_version = {UserVersion}",

        // Req 10: "A GeoPackage SHALL include a gpkg_spatial_ref_sys table per clause 1.1.2.1.1"
        // (the table definition SQL of Annex C, kept as the standard gives it).
        """
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL,
          srs_id INTEGER PRIMARY KEY,
          organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL,
          definition TEXT NOT NULL,
          description TEXT)
        """,

        // Req 13: "A GeoPackage file SHALL include a gpkg_contents table per table Contents Table Definition".
        """
        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY,
          data_type TEXT NOT NULL,
          identifier TEXT UNIQUE,
          description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE,
          min_y DOUBLE,
          max_x DOUBLE,
          max_y DOUBLE,
          srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))
        """,

        // Req 21: "A GeoPackage with a gpkg_contents table row with a "features" data_type SHALL contain a
        // gpkg_geometry_columns table per Geometry Columns Table Definition".
        """
        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL,
          m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))
        """,

        UnitLayer(Provinces),
        UnitLayer(Districts),
        UnitLayer(Communes),

        // Same leading columns as the unit layers so that GIS users can show all polygons alike;
        // code, type and population stay NULL because such a polygon is no unit.
        $"""
        CREATE TABLE {UnassignedAreas} (
          fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
          {GeometryColumn} MULTIPOLYGON NOT NULL,
          code TEXT,
          name TEXT NOT NULL,
          type TEXT,
          parent_code TEXT,
          population INTEGER,
          area_km2 DOUBLE NOT NULL,
          geometry_status TEXT NOT NULL,
          geometry_note TEXT NOT NULL,
          covers_codes TEXT NOT NULL)
        """,

        // Req 119: "Every such attribute table SHALL be structured consistently with [the sample] ...
        // A table SHALL have a primary key column of type INTEGER and that column SHALL act as a rowid alias."
        AttributeTable(SpecialFactors, "code TEXT NOT NULL, kind TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL, value DOUBLE"),
        AttributeTable(
            DataIssues,
            "severity TEXT NOT NULL, kind TEXT NOT NULL, message TEXT NOT NULL, file TEXT, feature_index INTEGER, " +
            "code TEXT, lon DOUBLE, lat DOUBLE, magnitude DOUBLE"),
        AttributeTable(ProjectMetadata, "key TEXT NOT NULL, value TEXT NOT NULL"),
        AttributeTable(OfficialPopulations, "code TEXT NOT NULL, value INTEGER NOT NULL, year INTEGER, source TEXT NOT NULL"),
        AttributeTable(FigureDoubts, "code TEXT NOT NULL, figure TEXT NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL"),
        AttributeTable(CodeCrosswalk, "old_code TEXT NOT NULL, old_name TEXT NOT NULL, old_province TEXT NOT NULL, new_code TEXT NOT NULL, new_name TEXT NOT NULL, share TEXT NOT NULL"),
    ];

    /// <summary>Attribute tables a project file written before they existed may lack; readers treat a missing one as empty.</summary>
    public static IReadOnlyList<string> OptionalTables { get; } = [OfficialPopulations, FigureDoubts, CodeCrosswalk];

    /// <summary>The feature tables, as they appear in gpkg_contents.</summary>
    public static IReadOnlyList<string> FeatureTables { get; } = [Provinces, Districts, Communes, UnassignedAreas];

    // Req 29: "Every such feature table ... SHALL be structured consistently with" the sample feature table
    // (an INTEGER autoincrement primary key); Req 30: "A feature table SHALL have only one geometry column";
    // Req 31: "The declared SQL type of the geometry column ... SHALL be specified by the geometry_type_name
    // column" (MULTIPOLYGON here). The geometry is nullable: a unit without a polygon is a row with NULL geometry.
    private static string UnitLayer(string table) =>
        $"""
        CREATE TABLE {table} (
          fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
          {GeometryColumn} MULTIPOLYGON,
          code TEXT NOT NULL UNIQUE,
          name TEXT NOT NULL,
          full_name TEXT NOT NULL,
          type TEXT NOT NULL,
          parent_code TEXT,
          population INTEGER,
          population_year INTEGER,
          population_source TEXT,
          area_km2 DOUBLE,
          official_area_km2 DOUBLE,
          official_area_year INTEGER,
          official_area_source TEXT,
          region TEXT NOT NULL,
          geometry_status TEXT NOT NULL,
          geometry_note TEXT)
        """;

    private static string AttributeTable(string table, string columns) =>
        $"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, {columns})";
}
