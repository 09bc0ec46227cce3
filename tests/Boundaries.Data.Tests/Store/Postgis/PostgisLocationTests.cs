using Boundaries.Data.Store.Postgis;
using Npgsql;

namespace Boundaries.Data.Tests.Store.Postgis;

public sealed class PostgisLocationTests
{
    [Fact]
    public void Parse_AnAddressWithSchema_ConnectsToThatDatabaseWithTheSchemaFirstInSearchPath()
    {
        var location = PostgisLocation.Parse("postgresql://planner@db.so-noi-vu.local:5433/boundaries?schema=vinh_long");

        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        Assert.Equal(("db.so-noi-vu.local", 5433, "boundaries", "planner", "vinh_long,public"), (builder.Host, builder.Port, builder.Database, builder.Username, builder.SearchPath));
        Assert.Equal("vinh_long", location.Schema);
        Assert.Equal("postgresql://planner@db.so-noi-vu.local:5433/boundaries?schema=vinh_long", location.Display);
    }

    [Theory]
    [InlineData("postgresql://planner:hunter2@db/boundaries?schema=x", "a password in the address is refused")]
    [InlineData("postgresql://db/boundaries", "needs ?schema=NAME")]
    [InlineData("postgresql://db/boundaries?schema=Vinh-Long", "needs ?schema=NAME")]
    [InlineData("postgresql://db/boundaries?schema=x;drop", "needs ?schema=NAME")]
    [InlineData("postgresql://db/?schema=x", "names no database")]
    public void Parse_RefusesWhatCannotBeUsedSafely(string address, string reason)
    {
        var e = Assert.Throws<FormatException>(() => PostgisLocation.Parse(address));

        Assert.Contains(reason, e.Message);
        Assert.DoesNotContain("hunter2", e.Message);
    }

    [Fact]
    public void ConnectionsFile_NamedEntry_GivesItsAddressWithThePasswordOnlyInTheConnectionString()
    {
        var file = Path.Combine(Path.GetTempPath(), $"connections-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "tra-vinh": { "url": "postgresql://planner@db/boundaries?schema=tra_vinh", "password": "s3cret" } }""");
        try
        {
            var location = ConnectionsFile.Find("tra-vinh", file)!;

            Assert.Equal("s3cret", new NpgsqlConnectionStringBuilder(location.ConnectionString).Password);
            Assert.DoesNotContain("s3cret", location.Display);
            Assert.Null(ConnectionsFile.Find("vinh-long", file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
