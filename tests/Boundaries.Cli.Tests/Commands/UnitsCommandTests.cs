using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

public sealed class UnitsCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    [Fact]
    public void Units_Csv_HasTheDocumentedHeaderAndEveryUnit()
    {
        var result = BoundariesCommand.Run(project.Folder, "units", project.Path, "--format", "csv");
        var lines = result.Stdout.TrimEnd('\n').Split('\n');

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("code,name,type,parent_code,population,area_km2", lines[0]);
        Assert.Equal(1 + 9 + 106, lines.Length - 1);
        Assert.Contains("84,Tỉnh Trà Vinh,Tỉnh,,1009168,", result.Stdout);
    }

    [Fact]
    public void Units_DistrictAndType_FilterTheCommunesOfTpTraVinh()
    {
        var result = BoundariesCommand.Run(project.Folder, "units", project.Path, "--district", "842", "--type", "phuong", "--format", "csv");
        var rows = result.Stdout.TrimEnd('\n').Split('\n')[1..];

        Assert.Equal(9, rows.Length);
        Assert.All(rows, r => Assert.Contains(",Phường,842,", r));
        Assert.Contains("29245,Phường 2,Phường,842,3426,0.3039", rows);
    }

    [Fact]
    public void Units_UnitWithoutPolygon_HasPopulationAndNoArea()
    {
        var result = BoundariesCommand.Run(project.Folder, "units", project.Path, "--district", "850", "--format", "csv");

        Assert.Contains("29513,Thị trấn Long Thành,Thị trấn,850,", result.Stdout);
        var row = result.Stdout.Split('\n').Single(l => l.StartsWith("29513,", StringComparison.Ordinal));
        Assert.EndsWith(",", row);
    }

    [Fact]
    public void Units_Json_CarriesAreaBasisAndPopulationYear()
    {
        var result = BoundariesCommand.Run(project.Folder, "units", project.Path, "--format", "json");

        Assert.Contains("\"area_basis\": \"polygon\"", result.Stdout);
        Assert.Contains("\"area_basis\": \"no geometry\"", result.Stdout);
        Assert.Contains("\"population_year\": 2019", result.Stdout);
    }

    [Fact]
    public void Qa_TraVinh_ListsTheSliversWithTheirSize()
    {
        var result = BoundariesCommand.Run(project.Folder, "qa", project.Path, "--format", "csv");
        var gaps = result.Stdout.Split('\n').Count(l => l.StartsWith("gap,", StringComparison.Ordinal));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(220, gaps);
    }

    [Fact]
    public void Info_TraVinh_ExplainsTheUnitsWithoutPolygon()
    {
        var result = BoundariesCommand.Run(project.Folder, "info", project.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no polygon: 29513 Thị trấn Long Thành", result.Stdout);
        Assert.Contains("unassigned polygon: Thị trấn Duyên Hải", result.Stdout);
    }
}
