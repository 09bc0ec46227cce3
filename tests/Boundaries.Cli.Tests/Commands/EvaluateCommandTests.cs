using Boundaries.Cli.Tests.TestSupport;

namespace Boundaries.Cli.Tests.Commands;

public sealed class EvaluateCommandTests(TraVinhProject project) : IClassFixture<TraVinhProject>
{
    private static readonly string[] SeedUnits = ["29245", "29242", "29251", "29462", "29494", "29416"];

    [Fact]
    public void Evaluate_Csv_SeedReportUnitsMustBeArranged()
    {
        var rows = Csv("--as-of", "2023-06-13");

        Assert.Equal("code,name,type,parent_code,area_km2,area_pct,population,population_pct,meets_standard,must_arrange,exempt,rule", string.Join(',', rows[0].Take(12)));
        var mustArrange = rows.Skip(1).Where(r => r[9] == "true").Select(r => r[0]).ToList();
        Assert.All(SeedUnits, code => Assert.Contains(code, mustArrange));
        Assert.All(rows.Skip(1).Where(r => SeedUnits.Contains(r[0])), r => Assert.Contains("NQ 35/2023/UBTVQH15", r[11]));
    }

    [Fact]
    public void Evaluate_Table_PrintsTheSeedStyleSummary()
    {
        var result = BoundariesCommand.Run(project.Folder, "evaluate", project.Path, "--as-of", "2023-06-13");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("09/106 đơn vị hành chính cấp xã thuộc diện sắp xếp", result.Stdout);
    }

    [Fact]
    public void Evaluate_HuyenDuyenHai_BelowBothThresholdsAndNotedAsUnlistedByTheProvince()
    {
        var row = Csv("--as-of", "2023-06-13", "--level", "district").Single(r => r[0] == "850");

        Assert.Equal("true", row[9]);
        Assert.Contains("không đưa đơn vị này vào diện sắp xếp", row[^2]); // the last column is now "doubts"
    }

    [Fact]
    public void Evaluate_Phuong2_UsesTheOfficialAreaWithItsSource()
    {
        var row = Csv("--as-of", "2023-06-13").Single(r => r[0] == "29245");

        Assert.Equal("0.29", row[4]);
        Assert.Equal("5.27", row[5]);
    }

    [Fact]
    public void Evaluate_GeoJson_WritesAFileWithTheSameProperties()
    {
        var output = Path.Combine(project.Folder, "evaluation.geojson");

        var result = BoundariesCommand.Run(project.Folder, "evaluate", project.Path, "--as-of", "2023-06-13", "--format", "geojson", "--out", output);

        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(output);
        Assert.Contains("\"must_arrange\": true", text);
        Assert.Contains("\"FeatureCollection\"", text);
    }

    [Fact]
    public void Evaluate_BadDate_UsageError()
    {
        var result = BoundariesCommand.Run(project.Folder, "evaluate", project.Path, "--as-of", "13/06/2023");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--as-of 13/06/2023", result.Stderr);
    }

    private List<string[]> Csv(params string[] args)
    {
        var result = BoundariesCommand.Run(project.Folder, ["evaluate", project.Path, "--format", "csv", .. args]);
        Assert.Equal(0, result.ExitCode);
        return result.Stdout.TrimEnd('\n').Split('\n').Select(ParseLine).ToList();
    }

    private static string[] ParseLine(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
