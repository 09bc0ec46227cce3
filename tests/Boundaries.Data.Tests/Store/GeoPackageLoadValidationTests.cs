using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace Boundaries.Data.Tests.Store;

/// <summary>Loading anything but a Boundaries project fails with one line that names the file and the problem.</summary>
[Trait("Category", "Slow")]
public sealed class GeoPackageLoadValidationTests
{
    [Fact]
    public async Task LoadAsync_MissingFile_SaysFileNotFoundAndCreatesNothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("none.gpkg");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.Equal($"{path}: file not found", error.Message);
        Assert.Empty(folder.Entries());
    }

    [Fact]
    public async Task LoadAsync_Folder_SaysItIsAFolder()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(folder.Path).LoadAsync());

        Assert.Equal($"{folder.Path}: is a folder, not a GeoPackage project file", error.Message);
    }

    [Fact]
    public async Task LoadAsync_TextFile_SaysNotAGeoPackage()
    {
        using var folder = new TempFolder();
        var path = folder.File("units.gpkg");
        await File.WriteAllTextAsync(path, "code,name\n29242,Phường 3\n");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.Equal($"{path}: not a GeoPackage (the file is not an SQLite database)", error.Message);
    }

    [Fact]
    public async Task LoadAsync_PlainSqliteDatabase_SaysNotAGeoPackageWithItsApplicationId()
    {
        using var folder = new TempFolder();
        var path = folder.File("plain.sqlite");
        Execute(path, "CREATE TABLE t (x INTEGER)");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.Equal($"{path}: not a GeoPackage (SQLite application_id is 0x00000000, a GeoPackage has 0x47504B47 'GPKG')", error.Message);
    }

    [Fact]
    public async Task LoadAsync_GeoPackageOfAnotherTool_SaysNotABoundariesProject()
    {
        using var folder = new TempFolder();
        var path = folder.File("other.gpkg");
        Execute(path, "PRAGMA application_id = 1196444487", "PRAGMA user_version = 10300", "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY)");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.Equal($"{path}: a GeoPackage, but not a Boundaries project (no 'format = boundaries-project' in table project_metadata)", error.Message);
    }

    [Fact]
    public async Task LoadAsync_NewerFormatVersion_SaysMadeByANewerBoundaries()
    {
        using var folder = new TempFolder();
        var path = await SaveTraVinh(folder);
        Execute(path, "UPDATE project_metadata SET value = '2' WHERE key = 'format_version'");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.Equal($"{path}: made by a newer Boundaries (project format 2; this version reads up to 1)", error.Message);
    }

    [Fact]
    public async Task LoadAsync_UnknownUnitType_NamesTableRowCodeAndValue()
    {
        using var folder = new TempFolder();
        var path = await SaveTraVinh(folder);
        Execute(path, "UPDATE communes SET type = 'Ấp' WHERE code = '29242'");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.Matches(@"^.*tra-vinh\.gpkg: table communes, fid \d+ \(code 29242\): 'Ấp' is not a unit type of level Commune$", error.Message);
    }

    [Fact]
    public async Task LoadAsync_DistrictTypeInCommunesLayer_IsRejected()
    {
        using var folder = new TempFolder();
        var path = await SaveTraVinh(folder);
        Execute(path, "UPDATE communes SET type = 'Huyện' WHERE code = '29263'");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.Contains("(code 29263): 'Huyện' is not a unit type of level Commune", error.Message);
    }

    [Fact]
    public async Task LoadAsync_MissingLayer_SaysItCannotBeReadInOneLine()
    {
        using var folder = new TempFolder();
        var path = await SaveTraVinh(folder);
        Execute(path, "DROP TABLE districts");

        var error = await Assert.ThrowsAsync<InputDataException>(() => new GeoPackageProjectStore(path).LoadAsync());

        Assert.StartsWith($"{path}: cannot be read as a Boundaries project: ", error.Message);
        Assert.Contains("no such table", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    private static async Task<string> SaveTraVinh(TempFolder folder)
    {
        var path = folder.File("tra-vinh.gpkg");
        await new GeoPackageProjectStore(path).SaveAsync(TraVinhData.Project);
        return path;
    }

    private static void Execute(string path, params string[] statements)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        foreach (var sql in statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }
    }
}
