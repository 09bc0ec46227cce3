using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Import;
using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Import;

public sealed class DataIssueImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public DataIssueImportTests()
    {
        File.Copy(RepoPaths.Fixture("import", "tp-tra-vinh.gpkg"), _temp.File("xa.gpkg"));
        _temp.Write("don_vi.csv", """
            ma,ten,loai,ma_cha
            842,Thành phố Trà Vinh,Thành phố,84
            29236,Phường 4,Phường,842
            29239,Phường 1,Phường,842
            29239,Phường Một,Phường,842
            ,Phường Không Mã,Phường,842
            29242,Phường 3,,
            29245,Khu 2,Khu phố,842
            29248,Phường 5,Phường,999
            """);
        _temp.Write("dan_so.csv", """
            ma,dan_so
            29236,9976
            29239,10557
            99999,5
            29242,abc
            29248,"3,5"
            """);
        _temp.Write("dac_diem.csv", """
            ma,vung,dien_tich,loai,ly_do,nguon
            29236,đồng bằng,1.55,coastal-disadvantaged,"Xã bãi ngang, ven biển","QĐ 353/QĐ-TTg, 2022"
            29236,đồng bằng,1.55,ethnic-minority,Dân tộc Khmer trên 30 %,
            29239,miền núi,2.49,,,
            """);
        _temp.Write("dataset.json", """
            {
              "$comment": "A small dataset with the problems real data has.",
              "province": { "code": "84", "name": "Trà Vinh" },
              "units": { "file": "don_vi.csv", "fields": { "code": "ma", "name": "ten", "type": "loai", "parent": "ma_cha" } },
              "layers": [ { "role": "communes", "file": "xa.gpkg", "layer": "communes_842", "crs": "EPSG:4326",
                            "fields": { "code": "MA_XA", "name": "TEN_XA" } } ],
              "joins": [
                { "file": "dan_so.csv", "key": "ma", "population": "dan_so", "year": 2023, "source": "Sở Nội vụ, 2023" },
                { "file": "dac_diem.csv", "key": "ma", "region": "vung", "official_area": "dien_tich", "area_year": 2022,
                  "source": "Niên giám thống kê 2022",
                  "special_factors": { "kind": "loai", "reason": "ly_do", "source": "nguon" } }
              ],
              "missing_geometry": { "29999": "not a unit" }
            }
            """);
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_DuplicateCode_KeepsTheFirstRowAndReportsIt()
    {
        var result = DatasetImporter.Import(_temp.Path);

        Assert.Equal("Phường 1", result.Map[new UnitCode("29239")].Name);
        var issue = Assert.Single(result.Report.IssuesOf("duplicate-code"), i => i.File!.EndsWith("don_vi.csv", StringComparison.Ordinal));
        Assert.Equal(new UnitCode("29239"), issue.Code);
        Assert.StartsWith("line 5: ", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_RowWithoutCodeAndUnitOfUnknownType_AreReportedAndLeftOut()
    {
        var result = DatasetImporter.Import(_temp.Path);

        Assert.Contains(result.Report.IssuesOf("missing-code"), i => i.Message.Contains("Phường Không Mã", StringComparison.Ordinal));
        var unknown = Assert.Single(result.Report.IssuesOf("unknown-type"));
        Assert.Equal(IssueSeverity.Error, unknown.Severity);
        Assert.Equal(new UnitCode("29245"), unknown.Code);
        Assert.Null(result.Map.Find(new UnitCode("29245")));
        Assert.Equal(["84", "842", "29236", "29239", "29242", "29248"], result.Map.Units.Select(u => u.Code.Value));
    }

    [Fact]
    public void Import_UnitsWithoutOrWithUnknownParent_AreReported()
    {
        var result = DatasetImporter.Import(_temp.Path);

        Assert.Equal(UnitType.Phuong, result.Map[new UnitCode("29242")].Type);
        Assert.Equal(new UnitCode("29242"), Assert.Single(result.Report.IssuesOf("missing-parent")).Code);
        Assert.Equal(new UnitCode("29248"), Assert.Single(result.Report.IssuesOf("unknown-parent")).Code);
    }

    [Fact]
    public void Import_PolygonsOfUnlistedCodes_AreReportedAsUnknown()
    {
        var result = DatasetImporter.Import(_temp.Path);

        var unknown = result.Report.IssuesOf("unknown-code").Where(i => i.File!.EndsWith("xa.gpkg", StringComparison.Ordinal)).Select(i => i.Code!.Value.Value);
        Assert.Equal(["29245", "29251", "29254", "29257", "29260", "29263"], unknown.Order());
        Assert.Equal(4, result.Map.Communes.Count(c => c.Geometry is not null));
    }

    [Fact]
    public void Import_PopulationJoin_ReportsUnknownCodesAndBadValues()
    {
        var result = DatasetImporter.Import(_temp.Path);

        Assert.Equal(new PopulationFigure(9976, 2023, "Sở Nội vụ, 2023"), result.Map[new UnitCode("29236")].Population);
        Assert.Contains(result.Report.IssuesOf("unknown-code"), i => i.Code == new UnitCode("99999"));
        Assert.Equal(
            ["29242", "29248"],
            result.Report.IssuesOf("bad-population").Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Code!.Value.Value).Order());
        Assert.Equal(["29242", "29248"], result.Report.IssuesOf("missing-population").Select(i => i.Code!.Value.Value).Order());
    }

    [Fact]
    public void Import_FactorJoin_GivesRegionOfficialAreaAndSpecialFactors()
    {
        var result = DatasetImporter.Import(_temp.Path);

        var phuong4 = result.Map[new UnitCode("29236")];
        Assert.Equal(RegionClass.Other, phuong4.Region);
        Assert.Equal(new OfficialArea(1.55, 2022, "Niên giám thống kê 2022"), phuong4.OfficialArea);
        Assert.Equal(
            [new SpecialFactor("coastal-disadvantaged", "Xã bãi ngang, ven biển", "QĐ 353/QĐ-TTg, 2022"),
             new SpecialFactor("ethnic-minority", "Dân tộc Khmer trên 30 %", "Niên giám thống kê 2022")],
            phuong4.SpecialFactors);
        Assert.Equal(RegionClass.MienNuiVungCao, result.Map[new UnitCode("29239")].Region);
        Assert.Contains(result.Report.IssuesOf("bad-value"), i => i.Code == new UnitCode("29239") && i.Message.Contains("special factor", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_ReasonForAnUnlistedCode_IsReported()
    {
        var result = DatasetImporter.Import(_temp.Path);

        Assert.Contains(result.Report.IssuesOf("unknown-code"), i => i.Code == new UnitCode("29999"));
    }

    [Fact]
    public void Import_NoDistrictLayer_LeavesDistrictAndProvinceWithoutPolygonAndSaysWhy()
    {
        var result = DatasetImporter.Import(_temp.Path);

        Assert.Equal("Bộ dữ liệu không có lớp đa giác cấp huyện.", result.Map[new UnitCode("842")].GeometryNote);
        Assert.Null(result.Map[new UnitCode("84")].Geometry);
        Assert.Equal("none: district(s) 842 have no polygon, so no union would be complete", result.Report.ProvinceGeometry);
    }
}
