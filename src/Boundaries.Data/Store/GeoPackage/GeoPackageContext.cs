using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>EF Core's view of a project file: the GeoPackage tables and the project's layers and attribute tables.</summary>
/// <remarks>The schema is created from <see cref="GeoPackageSchema"/>, not by EF, because the standard fixes its SQL.</remarks>
internal sealed class GeoPackageContext(SqliteConnection connection) : DbContext
{
    public DbSet<SpatialRefSysRow> SpatialRefSys => Set<SpatialRefSysRow>();

    public DbSet<ContentsRow> Contents => Set<ContentsRow>();

    public DbSet<GeometryColumnsRow> GeometryColumns => Set<GeometryColumnsRow>();

    public DbSet<UnassignedAreaRow> UnassignedAreas => Set<UnassignedAreaRow>();

    public DbSet<SpecialFactorRow> SpecialFactors => Set<SpecialFactorRow>();

    public DbSet<DataIssueRow> DataIssues => Set<DataIssueRow>();

    public DbSet<MetadataRow> Metadata => Set<MetadataRow>();

    public DbSet<OfficialPopulationRow> OfficialPopulations => Set<OfficialPopulationRow>();

    public DbSet<FigureDoubtRow> FigureDoubts => Set<FigureDoubtRow>();

    public DbSet<CrosswalkRowRecord> Crosswalk => Set<CrosswalkRowRecord>();

    /// <summary>The rows of one unit layer: <see cref="GeoPackageSchema.Communes"/>, Districts or Provinces.</summary>
    public DbSet<UnitFeatureRow> UnitLayer(string table) => Set<UnitFeatureRow>(table);

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlite(connection);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // EF never passes NULL to a converter, so the nullable one only differs in its declared types.
        var blob = new ValueConverter<Geometry, byte[]>(g => GeometryBlob.Write(g), b => GeometryBlob.Read(b));
        var nullableBlob = new ValueConverter<Geometry?, byte[]?>(g => GeometryBlob.Write(g!), b => GeometryBlob.Read(b!));

        modelBuilder.Entity<SpatialRefSysRow>().HasKey(r => r.SrsId);
        modelBuilder.Entity<ContentsRow>(e =>
        {
            e.HasKey(r => r.TableName);
            e.HasOne<SpatialRefSysRow>().WithMany().HasForeignKey(r => r.SrsId);
        });

        // The foreign keys of the standard's table SQL, told to EF so that it inserts referenced rows first.
        modelBuilder.Entity<GeometryColumnsRow>(e =>
        {
            e.HasKey(r => new { r.TableName, r.ColumnName });
            e.HasOne<ContentsRow>().WithMany().HasForeignKey(r => r.TableName);
            e.HasOne<SpatialRefSysRow>().WithMany().HasForeignKey(r => r.SrsId);
        });
        modelBuilder.Entity<UnassignedAreaRow>(e =>
        {
            e.HasKey(r => r.Fid);
            e.Property(r => r.Geometry).HasConversion(blob);
        });
        modelBuilder.Entity<SpecialFactorRow>().HasKey(r => r.Fid);
        modelBuilder.Entity<DataIssueRow>().HasKey(r => r.Fid);
        modelBuilder.Entity<MetadataRow>().HasKey(r => r.Fid);
        modelBuilder.Entity<OfficialPopulationRow>().HasKey(r => r.Fid);
        modelBuilder.Entity<FigureDoubtRow>().HasKey(r => r.Fid);
        modelBuilder.Entity<CrosswalkRowRecord>().HasKey(r => r.Fid);

        // One CLR type, three tables: EF's shared-type entities map the same row shape to each unit layer.
        foreach (var table in new[] { GeoPackageSchema.Provinces, GeoPackageSchema.Districts, GeoPackageSchema.Communes })
        {
            modelBuilder.SharedTypeEntity<UnitFeatureRow>(table, e =>
            {
                e.ToTable(table);
                e.HasKey(r => r.Fid);
                e.Property(r => r.Geometry).HasConversion(nullableBlob);
            });
        }

        NameColumns(modelBuilder);
    }

    /// <summary>Every column is named as its property in snake_case (srs_id, min_x, official_area_km2), as the standard and the layers name them; a geometry is in <see cref="GeoPackageSchema.GeometryColumn"/>.</summary>
    private static void NameColumns(ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            property.SetColumnName(property.ClrType.IsAssignableTo(typeof(Geometry))
                ? GeoPackageSchema.GeometryColumn
                : JsonNamingPolicy.SnakeCaseLower.ConvertName(property.Name));
        }
    }
}
