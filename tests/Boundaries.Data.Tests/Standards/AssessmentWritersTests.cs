using System.Text;
using System.Text.Json;
using Boundaries.Core.Evaluation;
using Boundaries.Core.Units;
using Boundaries.Data.Export;
using Boundaries.Data.Import.Csv;
using Boundaries.Data.Tests.TestSupport;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace Boundaries.Data.Tests.Standards;

public sealed class AssessmentWritersTests
{
    private const string Census = "GSO Population and Housing Census 1/4/2019";

    [Fact]
    public void Write_Csv_HeaderStartsWithTheColumnsOfTheIssue()
    {
        var csv = Csv(Sample());

        Assert.StartsWith("code,name,type,parent_code,area_km2,area_pct,population,population_pct,meets_standard,must_arrange,exempt,rule,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CsvOfSample_MatchesApprovedFile() => ApprovalFile.Verify(Csv(Sample()), "Boundaries.Data.Tests", Path.Combine("Standards", "AssessmentSample.approved.csv"));

    [Fact]
    public void Write_GeoJsonOfSample_MatchesApprovedFile()
    {
        using var stream = new MemoryStream();
        AssessmentGeoJsonWriter.Write(stream, Sample().Assessments);

        ApprovalFile.Verify(Encoding.UTF8.GetString(stream.ToArray()), "Boundaries.Data.Tests", Path.Combine("Standards", "AssessmentSample.approved.geojson"));
    }

    [Fact]
    public void Write_Csv_ReadsBackToTheSameFields()
    {
        var evaluation = Sample();

        var records = CsvParser.Parse(Csv(evaluation), "assessments.csv").Select(r => r.Fields).ToList();

        Assert.Equal(AssessmentFields.Names, records[0]);
        Assert.Equal(evaluation.Assessments.Count, records.Count - 1);
        for (var i = 0; i < evaluation.Assessments.Count; i++)
        {
            Assert.Equal(AssessmentFields.Of(evaluation.Assessments[i]).Select(f => AssessmentFields.Text(f.Value)), records[i + 1]);
        }
    }

    [Fact]
    public void Write_Json_CarriesSelectionSummaryAndUnits()
    {
        using var stream = new MemoryStream();
        AssessmentJsonWriter.Write(stream, Sample());

        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;
        Assert.Equal("2023-06-13", root.GetProperty("as_of").GetString());
        Assert.Equal("nq35-2023/2023-2025", root.GetProperty("programme").GetProperty("period").GetString());
        Assert.Equal("02/04 đơn vị hành chính cấp xã thuộc diện sắp xếp; 01 đơn vị chưa đủ số liệu để đánh giá", root.GetProperty("summary")[0].GetProperty("text").GetString());
        var phuong2 = root.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("code").GetString() == "29245");
        Assert.True(phuong2.GetProperty("must_arrange").GetBoolean());
        Assert.Equal(JsonValueKind.Number, phuong2.GetProperty("area_pct").ValueKind);
    }

    [Fact]
    public void WriteFile_Csv_LeavesNoTemporaryFile()
    {
        var folder = Directory.CreateTempSubdirectory("boundaries-writer-").FullName;
        var path = Path.Combine(folder, "evaluation.csv");

        AssessmentCsvWriter.WriteFile(path, Sample());

        Assert.Equal(["evaluation.csv"], Directory.GetFiles(folder).Select(Path.GetFileName));
        Directory.Delete(folder, recursive: true);
    }

    private static string Csv(MapEvaluation evaluation)
    {
        var writer = new StringWriter();
        AssessmentCsvWriter.Write(writer, evaluation.Assessments);
        return writer.ToString();
    }

    /// <summary>Two districts with four phường: square polygons (not their real shapes), 2019 census populations, one official area, one phường without polygon.</summary>
    private static MapEvaluation Sample()
    {
        var wkt = new WKTReader(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4326));
        Geometry Square(double lon, double lat, double size) =>
            wkt.Read(FormattableString.Invariant($"POLYGON(({lon} {lat}, {lon + size} {lat}, {lon + size} {lat + size}, {lon} {lat + size}, {lon} {lat}))"));

        AdminUnit[] units =
        [
            new() { Code = "842", Name = "Trà Vinh", Type = UnitType.ThanhPhoThuocTinh, ParentCode = "84" },
            new()
            {
                Code = "29245", Name = "Phường 2", Type = UnitType.Phuong, ParentCode = "842", Geometry = Square(106.340, 9.930, 0.005),
                Population = new PopulationFigure(3426, 2019, Census),
            },
            new()
            {
                Code = "29251", Name = "Phường 6", Type = UnitType.Phuong, ParentCode = "842", Geometry = Square(106.345, 9.930, 0.009),
                Population = new PopulationFigure(12187, 2019, Census),
                OfficialArea = new OfficialArea(1.01, null, "NQ 1277/NQ-UBTVQH15 (Lao Động)"),
            },
            new()
            {
                Code = "29236", Name = "Phường 4", Type = UnitType.Phuong, ParentCode = "842", Geometry = Square(106.355, 9.930, 0.025),
                Population = new PopulationFigure(9976, 2019, Census),
            },
            new() { Code = "851", Name = "Duyên Hải", Type = UnitType.ThiXa, ParentCode = "84", Geometry = Square(106.45, 9.60, 0.12) },
            new()
            {
                Code = "29512", Name = "Phường 1", Type = UnitType.Phuong, ParentCode = "851",
                Population = new PopulationFigure(8958, 2019, Census), GeometryNote = "no polygon in the sources",
            },
        ];
        var options = new EvaluationOptions(new DateOnly(2023, 6, 13))
        {
            GeometrySources = new Dictionary<UnitLevel, string> { [UnitLevel.Commune] = "sample squares" },
        };
        return StandardsEvaluator.Evaluate(new AdminMap(units), TraVinhData.Catalogue, options);
    }
}
