using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;
using Boundaries.Core.Units;
using Boundaries.Data.Scenarios;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Tests.Scenarios;

public sealed class ScenarioFileTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    [Fact]
    public void Read_Nq1277File_OneMergeIntoPhuong3()
    {
        var scenario = ScenarioFile.Read(ScenarioFiles.Path1277);

        Assert.Equal(new DateOnly(2025, 1, 1), scenario.EffectiveDate);
        Assert.Equal("tra-vinh", scenario.Baseline.Dataset);
        var merge = Assert.IsType<MergeOperation>(Assert.Single(scenario.Operations));
        Assert.Equal(["29245", "29242", "29251"], merge.Units.Select(c => c.Value));
        Assert.Equal(new NewUnitSpec("29242", "Phường 3", UnitType.Phuong), merge.Into);
        Assert.StartsWith("Nghị quyết 1277/NQ-UBTVQH15", scenario.LegalBasis[0].Instrument);
    }

    [Fact]
    public void Read_Nq728File_DeclaredTransfer()
    {
        var transfer = Assert.IsType<TransferOperation>(Assert.Single(ScenarioFile.Read(ScenarioFiles.Path728).Operations));

        Assert.Equal("29530", transfer.To.Value);
        Assert.Equal(490, transfer.Part.Population);
        Assert.Equal(3.13, Assert.IsType<DeclaredPart>(transfer.Part.Shape).AreaKm2);
    }

    [Theory]
    [InlineData("nq1277-2024-tp-tra-vinh.json")]
    [InlineData("nq728-2023-long-khanh-ngu-lac.json")]
    [InlineData("tp-tra-vinh-expansion.json")]
    [InlineData("resolve-2023.json")]
    public void ToJson_BundledFile_RewritesItByteForByte(string file)
    {
        var path = Path.Combine(ScenarioFiles.Folder, file);

        var text = ScenarioFile.ToJson(ScenarioFile.Read(path));

        Assert.Equal(File.ReadAllText(path), text);
    }

    [Fact]
    public void WriteThenRead_EveryOperationKindWithGeometries_SameScenario()
    {
        var polygon = Factory.CreatePolygon([new(106.35, 9.9), new(106.36, 9.9), new(106.36, 9.91), new(106.35, 9.9)]);
        var line = Factory.CreateLineString([new(106.3, 9.9), new(106.4, 9.95)]);
        var scenario = new Scenario
        {
            Baseline = new ScenarioBaseline("tra-vinh", new DateOnly(2023, 4, 10)),
            Title = "Mọi phép",
            LegalBasis = [new LegalReference("NQ 1/2024", new DateOnly(2024, 1, 2), "Điều 1", "https://example.org/nq")],
            Author = "Sở Nội vụ",
            Date = new DateOnly(2024, 2, 3),
            Operations =
            [
                new MergeOperation(["29245", "29242"], new NewUnitSpec("29242", "Phường 3", UnitType.Phuong, "số 1 Lê Lợi"), "842") { Island = true, Note = "ghi chú" },
                new TransferOperation(new UnitPart("29401", new PolygonPart(polygon), 12, "ấp A"), "29260"),
                new TransferOperation(new UnitPart("29401", new SplitLinePart(line, new Coordinate(106.35, 9.93)), 7), "29260"),
                new ReassignOperation(["29395", "29398"], "842"),
                new EstablishOperation(new NewUnitSpec("29999", "Mới", UnitType.Xa), "847", ["29401"], [new UnitPart("29404", new DeclaredPart(1.5, "NQ"), 100)]),
                new ChangeTypeOperation("29263", UnitType.Phuong),
                new RenameOperation("29263", "Long Đức Mới"),
                new DissolveOperation("842", "847", new Dictionary<UnitCode, UnitCode> { ["29263"] = "844" }),
            ],
        };
        var path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");

        try
        {
            ScenarioFile.Write(path, scenario);
            var read = ScenarioFile.Read(path);

            Assert.Equal(ScenarioFile.ToJson(scenario), ScenarioFile.ToJson(read));
            var polygonPart = Assert.IsType<PolygonPart>(((TransferOperation)read.Operations[1]).Part.Shape);
            Assert.True(polygonPart.Polygon.EqualsExact(polygon));
            Assert.Equal(4326, polygonPart.Polygon.SRID);
            Assert.True(((MergeOperation)read.Operations[0]).Island);
            Assert.Equal("ghi chú", read.Operations[0].Note);
            Assert.Equal("844", ((DissolveOperation)read.Operations[7]).ChildrenTo!["29263"].Value);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("""{"op":"split","units":["1"]}""", "thao tác 2 (split), trường operations[1].op: thao tác \"split\" không được hỗ trợ")]
    [InlineData("""{"op":"merge","units":["29245"]}""", "thao tác 2 (merge), trường operations[1]: thiếu trường bắt buộc \"into\"")]
    [InlineData("""{"op":"merge","units":["29245", 29242],"into":{"code":"29242","name":"P3","type":"phuong"}}""", "thao tác 2 (merge), trường operations[1].units[1]: cần một chuỗi không rỗng, gặp 29242")]
    [InlineData("""{"op":"merge","units":["29245"],"into":{"code":"29242","name":"P3","type":"ward"}}""", "thao tác 2 (merge), trường operations[1].into.type: loại đơn vị \"ward\" không được hỗ trợ")]
    [InlineData("""{"op":"rename","unit":"29245","name":"X","colour":"red"}""", "thao tác 2 (rename), trường operations[1].colour: trường không được hỗ trợ")]
    [InlineData("""{"op":"transfer","part":{"from":"29521","population":1},"to":"29530"}""", "thao tác 2 (transfer), trường operations[1].part: một phần điều chỉnh cần đúng một trong các trường")]
    [InlineData("""{"op":"transfer","part":{"from":"29521","population":1,"polygon":{"type":"Point","coordinates":[106,9]}},"to":"29530"}""", "thao tác 2 (transfer), trường operations[1].part.polygon: cần hình học GeoJSON Polygon hoặc MultiPolygon, gặp Point")]
    [InlineData("""{"op":"transfer","part":{"from":"29521","population":-5,"declared":{"area_km2":1}},"to":"29530"}""", "thao tác 2 (transfer), trường operations[1].part.population: số dân chuyển theo không được âm")]
    public void Parse_BadOperation_MessageNamesFileOperationAndField(string operation, string expected)
    {
        var json = $$"""{"baseline":{"dataset":"tra-vinh"},"title":"t","operations":[{"op":"rename","unit":"29245","name":"A"},{{operation}}]}""";

        var error = Assert.Throws<InputDataException>(() => ScenarioFile.Parse(json, "bad.json"));

        Assert.StartsWith("bad.json: " + expected, error.Message);
    }

    [Fact]
    public void Parse_MalformedJson_MessageNamesFileAndLine()
    {
        var error = Assert.Throws<InputDataException>(() => ScenarioFile.Parse("{\n \"title\": ,\n}", "broken.json"));

        Assert.StartsWith("broken.json: không phải JSON hợp lệ (dòng 2", error.Message);
    }

    [Fact]
    public void Read_MissingFile_MessageNamesFile()
    {
        var error = Assert.Throws<InputDataException>(() => ScenarioFile.Read("/nonexistent/scenario.json"));

        Assert.Equal("/nonexistent/scenario.json", error.File);
    }
}
