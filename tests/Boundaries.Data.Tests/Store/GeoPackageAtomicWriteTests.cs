using System.Collections;
using Boundaries.Core.Units;
using Boundaries.Data.Store;
using Boundaries.Data.Tests.TestSupport;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Tests.Store;

/// <summary>A save either replaces the project file whole or leaves the folder as it was.</summary>
[Trait("Category", "Slow")]
public sealed class GeoPackageAtomicWriteTests
{
    [Fact]
    public async Task SaveAsync_CancelledMidWrite_LeavesNoFileBehind()
    {
        using var folder = new TempFolder();
        using var cancellation = new CancellationTokenSource();
        var seenMidWrite = new List<string>();
        var project = WithFactorsThatCancel(TraVinhData.Project, cancellation, () => seenMidWrite.AddRange(folder.Entries()));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GeoPackageProjectStore(folder.File("p.gpkg")).SaveAsync(project, cancellation.Token));

        // Cancellation came while the temporary file was being written beside the target ...
        Assert.Contains(seenMidWrite, name => name.StartsWith(".p.gpkg.", StringComparison.Ordinal) && name.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.DoesNotContain("p.gpkg", seenMidWrite);

        // ... and nothing of it is left.
        Assert.Empty(folder.Entries());
    }

    [Fact]
    public async Task SaveAsync_FailureMidWriteOverExistingFile_LeavesTheOldFileByteForByte()
    {
        using var folder = new TempFolder();
        var store = new GeoPackageProjectStore(folder.File("tra-vinh.gpkg"));
        await store.SaveAsync(TraVinhData.Project);
        var before = await File.ReadAllBytesAsync(store.Path);

        await Assert.ThrowsAsync<ArgumentException>(() => store.SaveAsync(WithLineStringCommune(TraVinhData.Project)));

        Assert.Equal(before, await File.ReadAllBytesAsync(store.Path));
        Assert.Equal(["tra-vinh.gpkg"], folder.Entries());
        Assert.Equal(116, (await store.LoadAsync()).Map.Units.Count);
    }

    [Fact]
    public async Task SaveAsync_CancelledMidWriteOverExistingFile_LeavesTheOldFile()
    {
        using var folder = new TempFolder();
        var store = new GeoPackageProjectStore(folder.File("tra-vinh.gpkg"));
        await store.SaveAsync(TraVinhData.Project);
        var before = await File.ReadAllBytesAsync(store.Path);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.SaveAsync(WithFactorsThatCancel(TraVinhData.Project, cancellation, () => { }), cancellation.Token));

        Assert.Equal(before, await File.ReadAllBytesAsync(store.Path));
        Assert.Equal(["tra-vinh.gpkg"], folder.Entries());
    }

    [Fact]
    public async Task SaveAsync_RenameFails_RemovesTheTemporaryFile()
    {
        using var folder = new TempFolder();

        // A folder where the file should go makes the final rename fail after the whole file was written.
        Directory.CreateDirectory(folder.File("p.gpkg"));

        await Assert.ThrowsAnyAsync<IOException>(() => new GeoPackageProjectStore(folder.File("p.gpkg")).SaveAsync(TraVinhData.Project));

        Assert.Equal(["p.gpkg"], folder.Entries());
        Assert.True(Directory.Exists(folder.File("p.gpkg")));
    }

    [Fact]
    public async Task SaveAsync_FolderMissing_ThrowsNamingTheFolderAndCreatesNothing()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "missing", "p.gpkg");

        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => new GeoPackageProjectStore(target).SaveAsync(TraVinhData.Project));

        Assert.Contains(Path.Combine(folder.Path, "missing"), error.Message);
        Assert.Empty(folder.Entries());
    }

    [Fact]
    public async Task SaveAsync_AlreadyCancelled_WritesNothing()
    {
        using var folder = new TempFolder();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new GeoPackageProjectStore(folder.File("p.gpkg")).SaveAsync(TraVinhData.Project, new CancellationToken(canceled: true)));

        Assert.Empty(folder.Entries());
    }

    private static BoundaryProject WithFactorsThatCancel(BoundaryProject project, CancellationTokenSource cancellation, Action beforeCancel)
    {
        var units = project.Map.Units
            .Select(u => u.Code.Value == "29263" ? u with { SpecialFactors = new CancellingList(u.SpecialFactors, cancellation, beforeCancel) } : u);
        return project with { Map = new AdminMap(units, project.Map.Unassigned) };
    }

    private static BoundaryProject WithLineStringCommune(BoundaryProject project)
    {
        var line = new GeometryFactory(new PrecisionModel(), 4326).CreateLineString([new Coordinate(106.3, 9.9), new Coordinate(106.4, 9.95)]);
        var units = project.Map.Units.Select(u => u.Code.Value == "29263" ? u with { Geometry = line } : u);
        return project with { Map = new AdminMap(units, project.Map.Unassigned) };
    }

    /// <summary>A list that cancels a token when the writer reads it, which happens after the tables were created.</summary>
    private sealed class CancellingList(IReadOnlyList<SpecialFactor> inner, CancellationTokenSource cancellation, Action beforeCancel) : IReadOnlyList<SpecialFactor>
    {
        public int Count => inner.Count;

        public SpecialFactor this[int index] => inner[index];

        public IEnumerator<SpecialFactor> GetEnumerator()
        {
            beforeCancel();
            cancellation.Cancel();
            return inner.GetEnumerator();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
