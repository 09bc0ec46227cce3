using Boundaries.Core.Units;
using Boundaries.Maps.Tests.TestSupport;

namespace Boundaries.Maps.Tests.Labels;

public sealed class LabelPlacementTests
{
    [Fact]
    public void Render_Province_EveryCommuneWithAPolygonIsLabelledWithoutOverlaps()
    {
        var (_, report) = Rendered.Of("province-300", () => TraVinh.ProvinceRequest(), MapFormat.Png);

        var communes = TraVinh.Map.Communes.Where(c => c.Geometry is not null).Select(c => c.Code.Value).ToList();
        var labelled = report.Labels.Where(l => !l.IsDistrict).Select(l => l.Key).ToHashSet();
        Assert.Empty(report.Unlabelled);
        Assert.Equal(103, communes.Count);
        Assert.All(communes, c => Assert.Contains(c, labelled));
        Assert.Contains("Thị trấn Duyên Hải", labelled);
        var overlaps = report.Labels.SelectMany((a, i) => report.Labels.Skip(i + 1).Where(a.Overlaps).Select(b => $"{a.Text} / {b.Text}")).ToList();
        Assert.Empty(overlaps);
    }

    [Fact]
    public void Render_Province_LabelsKeepTheDiacriticsAndNameTheDistricts()
    {
        var (_, report) = Rendered.Of("province-300", () => TraVinh.ProvinceRequest(), MapFormat.Png);

        var texts = report.Labels.ToDictionary(l => l.Key, l => l.Text);
        Assert.Equal("Xã Long Đức", texts["29263"]);
        Assert.Equal("Xã Hiệp Mỹ Đông", texts["29452"]);
        var districts = report.Labels.Where(l => l.IsDistrict).Select(l => l.Text).ToList();
        Assert.True(districts.Count == 9, string.Join(", ", districts));
        Assert.Contains("HUYỆN CẦU NGANG", districts);
    }

    [Fact]
    public void Render_DistrictWithFigures_LabelsGiveTheGeodesicAreaAndCensusPopulation()
    {
        var request = TraVinh.DistrictRequest() with { Labels = LabelContent.NameAndFigures };

        var (_, report) = Rendered.Of("district-figures", () => request, MapFormat.Svg);

        // Phường 3: 0.1738 km² on the WGS 84 ellipsoid (unsimplified polygon), 3,499 people (census 2019).
        var phuong3 = report.Labels.Single(l => l.Key == "29242");
        Assert.Contains("0,17 km²", phuong3.Text);
        Assert.Contains("3.499 người", phuong3.Text);
        var longDuc = report.Labels.Single(l => l.Key == "29263");
        Assert.Equal("Xã Long Đức 38,77 km² · 21.870 người", longDuc.Text);
        Assert.All(report.Labels.Where(l => !l.IsDistrict), l => Assert.Equal(0, l.Panel));
        Assert.Equal(10, report.Labels.Count(l => !l.IsDistrict));
    }

    [Fact]
    public void Render_BeforeAfter_MergedWardsLabelledOnlyBeforeAtOneScale()
    {
        var (_, report) = Rendered.Of("nq1277-150", () => TraVinh.BeforeAfterRequest(), MapFormat.Svg);

        var before = report.Labels.Where(l => l.Panel == 0 && !l.IsDistrict).Select(l => l.Key).ToHashSet();
        var after = report.Labels.Where(l => l.Panel == 1 && !l.IsDistrict).Select(l => l.Key).ToHashSet();
        Assert.Equal(10, before.Count);
        Assert.Equal(8, after.Count);
        Assert.Contains("29245", before);
        Assert.Contains("29251", before);
        Assert.DoesNotContain("29245", after);
        Assert.DoesNotContain("29251", after);
        Assert.Contains("29242", after);
        Assert.True(report.PageWidthPoints > report.PageHeightPoints, "two panels are laid out landscape");
        Assert.Empty(report.Unlabelled);
        Assert.Equal(UnitLevel.District, TraVinh.Nq1277.Map.Find(new UnitCode("842"))!.Level);
    }
}
