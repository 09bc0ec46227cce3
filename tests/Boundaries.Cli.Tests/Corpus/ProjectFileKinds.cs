using Microsoft.Data.Sqlite;

namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Damaged or hand-edited project files (GeoPackage), each a copy of the Trà Vinh project changed by one SQL statement or a few bytes.</summary>
internal static class ProjectFileKinds
{
    public static IEnumerable<BadInput> All()
    {
        yield return Bytes("gpkg-plain-text", "not a GeoPackage", _ => "Xã Long Đức"u8.ToArray());
        yield return Bytes("gpkg-truncated-to-half", "", good => good[..(good.Length / 2)]);
        yield return Bytes("gpkg-first-page-zeroed", "not a GeoPackage", good => [.. new byte[4096], .. good[4096..]]);
        yield return Sql("gpkg-sqlite-but-not-geopackage", "not a GeoPackage", "PRAGMA application_id = 0");
        yield return Sql("gpkg-corrupt-geometry-blob", "table communes", "UPDATE communes SET geom = X'47500001E6100000DEADBEEF' WHERE fid = 1");
        yield return Sql("gpkg-geometry-blob-of-text", "table communes", "UPDATE communes SET geom = 'not a blob' WHERE fid = 1");
        yield return Sql("gpkg-population-text-abc", "population 'abc'", "UPDATE communes SET population = 'abc' WHERE fid = 1");
        yield return Sql("gpkg-population-of-23-digits", "population 1.2345678901234568e+22", "UPDATE communes SET population = 12345678901234567890123 WHERE fid = 1");
        yield return Sql("gpkg-population-negative", "negative", "UPDATE communes SET population = -5 WHERE fid = 1");
        yield return Sql("gpkg-population-implausible-for-a-commune", "not plausible for a commune", "UPDATE communes SET population = 9000000 WHERE fid = 1");
        yield return Sql("gpkg-markup-in-a-code", "is not a unit code", "UPDATE communes SET code = '<script>' WHERE fid = 1");
        yield return Sql("gpkg-empty-code", "has no code", "UPDATE communes SET code = '' WHERE fid = 1");
        yield return Sql("gpkg-duplicate-code-across-layers", "appears 2 times", "UPDATE districts SET code = (SELECT code FROM communes WHERE fid = 1) WHERE fid = 1");
        yield return Sql("gpkg-unknown-unit-type", "not a unit type", "UPDATE communes SET type = 'lang' WHERE fid = 1");
        yield return Sql("gpkg-newer-format-version", "newer", "UPDATE project_metadata SET value = '99' WHERE key = 'format_version'");
        yield return Sql("gpkg-format-version-not-a-number", "not a format version", "UPDATE project_metadata SET value = 'one' WHERE key = 'format_version'");
        yield return Sql("gpkg-not-a-boundaries-project", "", "DROP TABLE project_metadata");
        yield return Sql("gpkg-missing-communes-table", "communes", "DROP TABLE communes");
        yield return Sql("gpkg-created-at-not-a-date", "not an ISO 8601", "UPDATE project_metadata SET value = 'yesterday' WHERE key = 'created_at'");
    }

    private static BadInput Bytes(string kind, string problem, Func<byte[], byte[]> make) =>
        new(kind, 2, problem, ws => ws.ProjectCommands(ws.Bytes(kind + ".gpkg", make(File.ReadAllBytes(ws.GoodProject)))));

    private static BadInput Sql(string kind, string problem, string sql) =>
        new(kind, 2, problem, ws =>
        {
            var path = ws.File(kind + ".gpkg");
            File.Copy(ws.GoodProject, path);
            using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.ExecuteNonQuery();
            }

            return ws.ProjectCommands(path);
        });
}
