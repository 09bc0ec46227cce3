using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>Writes a project into a new GeoPackage file.</summary>
internal static class GeoPackageWriter
{
    /// <summary>Creates <paramref name="file"/> (which must not exist) holding the project.</summary>
    public static async Task WriteAsync(string file, BoundaryProject project, CancellationToken cancellationToken)
    {
        // No pooling: the file must be closed when this returns, so that it can be renamed (and deleted on failure).
        // Foreign keys on: Req 7 wants "PRAGMA foreign_key_check" to return nothing, so SQLite checks every insert.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = file, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, ForeignKeys = true,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var context = new GeoPackageContext(connection);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        foreach (var statement in GeoPackageSchema.CreateStatements)
        {
            await context.Database.ExecuteSqlRawAsync(statement, cancellationToken);
        }

        var map = project.Map;
        var layers = new (string Table, UnitLevel Level, string Title)[]
        {
            (GeoPackageSchema.Provinces, UnitLevel.Province, "Provinces (cấp tỉnh)"),
            (GeoPackageSchema.Districts, UnitLevel.District, "Districts (cấp huyện)"),
            (GeoPackageSchema.Communes, UnitLevel.Commune, "Communes (cấp xã)"),
        };
        // Req 15: last_change SHALL be ISO 8601 "as defined by the strftime function '%Y-%m-%dT%H:%M:%fZ'".
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        AddSpatialRefSys(context);
        foreach (var (table, level, title) in layers)
        {
            var rows = ProjectToRows.Units(map.AtLevel(level));
            context.UnitLayer(table).AddRange(rows);
            AddFeatureTable(context, table, title, ProjectToRows.Extent(rows.Select(r => r.Geometry)), now);
        }

        var unassigned = ProjectToRows.Unassigned(map.Unassigned);
        context.UnassignedAreas.AddRange(unassigned);
        AddFeatureTable(context, GeoPackageSchema.UnassignedAreas, "Unassigned areas", ProjectToRows.Extent(unassigned.Select(r => r.Geometry)), now);

        context.SpecialFactors.AddRange(ProjectToRows.SpecialFactors(map.Units));
        context.DataIssues.AddRange(ProjectToRows.Issues(project.Issues));
        context.Metadata.AddRange(ProjectToRows.Metadata(project.Metadata, project.Crosswalk?.Source));
        context.OfficialPopulations.AddRange(ProjectToRows.OfficialPopulations(map.Units));
        context.FigureDoubts.AddRange(ProjectToRows.Doubts(map.Units));
        context.Crosswalk.AddRange(ProjectToRows.Crosswalk(project.Crosswalk));
        AddAttributeTable(context, GeoPackageSchema.SpecialFactors, "Special factors", now);
        AddAttributeTable(context, GeoPackageSchema.DataIssues, "Data issues", now);
        AddAttributeTable(context, GeoPackageSchema.ProjectMetadata, "Project metadata", now);
        AddAttributeTable(context, GeoPackageSchema.OfficialPopulations, "Official populations", now);
        AddAttributeTable(context, GeoPackageSchema.FigureDoubts, "Doubts on figures", now);
        AddAttributeTable(context, GeoPackageSchema.CodeCrosswalk, "Code crosswalk", now);

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    // Req 11: "The gpkg_spatial_ref_sys table SHALL contain at a minimum the records listed" — srs_id 4326
    // (organization EPSG), -1 ("NONE", definition "undefined", for undefined Cartesian CRS) and 0 ("NONE",
    // "undefined", for undefined geographic CRS).
    private static void AddSpatialRefSys(GeoPackageContext context) =>
        context.SpatialRefSys.AddRange(
            new SpatialRefSysRow
            {
                SrsName = "Undefined Cartesian SRS", SrsId = -1, Organization = "NONE", OrganizationCoordsysId = -1,
                Definition = "undefined", Description = "undefined Cartesian coordinate reference system",
            },
            new SpatialRefSysRow
            {
                SrsName = "Undefined geographic SRS", SrsId = 0, Organization = "NONE", OrganizationCoordsysId = 0,
                Definition = "undefined", Description = "undefined geographic coordinate reference system",
            },
            new SpatialRefSysRow
            {
                SrsName = "WGS 84 geodetic", SrsId = GeoPackageSchema.Wgs84SrsId, Organization = "EPSG",
                OrganizationCoordsysId = GeoPackageSchema.Wgs84SrsId, Definition = GeoPackageSchema.Wgs84Wkt,
                Description = "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
            });

    // Req 18: "The gpkg_contents table SHALL contain a row with a lowercase data_type column value of "features"
    // for each vector features user data table"; Req 22: "The gpkg_geometry_columns table SHALL contain one row
    // record for the geometry column in each vector feature data table"; Req 25: geometry_type_name is "one of
    // the uppercase geometry type names"; Req 27/28: z and m are "one of 0, 1, or 2" (0: prohibited, as written).
    private static void AddFeatureTable(GeoPackageContext context, string table, string title, Envelope? extent, string now)
    {
        context.Contents.Add(new ContentsRow
        {
            TableName = table,
            DataType = "features",
            Identifier = title,
            Description = "",
            LastChange = now,
            MinX = extent?.MinX,
            MinY = extent?.MinY,
            MaxX = extent?.MaxX,
            MaxY = extent?.MaxY,
            SrsId = GeoPackageSchema.Wgs84SrsId,
        });
        context.GeometryColumns.Add(new GeometryColumnsRow(table, GeoPackageSchema.GeometryColumn, "MULTIPOLYGON", GeoPackageSchema.Wgs84SrsId, Z: 0, M: 0));
    }

    // Req 118: "The gpkg_contents table SHALL contain a row with a data_type column value of "attributes" for each
    // attributes data table"; GDAL lists such tables as layers without geometry.
    private static void AddAttributeTable(GeoPackageContext context, string table, string title, string now) =>
        context.Contents.Add(new ContentsRow { TableName = table, DataType = "attributes", Identifier = title, Description = "", LastChange = now });
}
