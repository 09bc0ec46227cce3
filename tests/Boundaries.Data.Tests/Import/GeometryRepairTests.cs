using Boundaries.Core.Geodesy;
using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Tests.TestSupport;
using NetTopologySuite.IO;

namespace Boundaries.Data.Tests.Import;

public class GeometryRepairTests
{
    private const string Square = "POLYGON ((106.33 9.90, 106.33 9.92, 106.35 9.92, 106.35 9.90, 106.33 9.90))";
    private const string BowTie = "POLYGON ((106.30 9.90, 106.32 9.92, 106.32 9.90, 106.30 9.92, 106.30 9.90))";

    [Fact]
    public void Import_BowTieWithoutFix_ReportsFeatureCodeReasonAndPlaceAndKeepsIt()
    {
        using var temp = new TempFolder();
        var path = WriteLayer(temp);

        var result = DatasetImporter.Import(path);

        var issue = Assert.Single(result.Report.IssuesOf("invalid-geometry"));
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal(1, issue.FeatureIndex);
        Assert.Equal(new UnitCode("29239"), issue.Code);
        Assert.Contains("Self-intersection", issue.Message, StringComparison.Ordinal);
        Assert.Equal(106.31, issue.Location!.X, 1e-9);
        Assert.Equal(9.91, issue.Location.Y, 1e-9);
        Assert.StartsWith("bowtie.geojson, feature 1, code 29239: invalid polygon: Self-intersection", issue.ToString(), StringComparison.Ordinal);
        Assert.Empty(result.Report.Repairs);
        Assert.False(result.Map[new UnitCode("29239")].Geometry!.IsValid);
        Assert.True(result.Report.HasErrors);
    }

    [Fact]
    public void Import_BowTieWithFix_RepairsItAndRecordsTheAreaBeforeAndAfter()
    {
        using var temp = new TempFolder();
        var path = WriteLayer(temp);
        var reader = new WKTReader();
        var lobes = EllipsoidalMeasure.AreaKm2(reader.Read("POLYGON ((106.30 9.90, 106.31 9.91, 106.30 9.92, 106.30 9.90))"))
            + EllipsoidalMeasure.AreaKm2(reader.Read("POLYGON ((106.32 9.90, 106.32 9.92, 106.31 9.91, 106.32 9.90))"));

        var result = DatasetImporter.Import(path, new ImportOptions { FixGeometry = true });

        var repair = Assert.Single(result.Report.Repairs);
        Assert.Equal(1, repair.FeatureIndex);
        Assert.Equal(new UnitCode("29239"), repair.Code);
        Assert.Equal("Self-intersection", repair.Reason);
        Assert.Equal(EllipsoidalMeasure.AreaKm2(reader.Read(BowTie)), repair.AreaBeforeKm2, 1e-9);
        Assert.Equal(lobes, repair.AreaAfterKm2, 1e-9);
        var unit = result.Map[new UnitCode("29239")];
        Assert.True(unit.Geometry!.IsValid);
        Assert.Equal(lobes, unit.GeodesicAreaKm2!.Value, 1e-9);
        var issue = Assert.Single(result.Report.IssuesOf("geometry-repaired"));
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.False(result.Report.HasErrors);
        Assert.True(result.Map[new UnitCode("29236")].Geometry!.IsValid);
    }

    private static string WriteLayer(TempFolder temp) =>
        GeoJsonFiles.Write(temp.File("bowtie.geojson"),
            (Square, new Dictionary<string, object?> { ["ma"] = "29236", ["ten"] = "Phường 4", ["ma_huyen"] = "842" }),
            (BowTie, new Dictionary<string, object?> { ["ma"] = "29239", ["ten"] = "Phường 1", ["ma_huyen"] = "842" }));
}
