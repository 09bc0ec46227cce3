using Boundaries.Documents.Docx;
using Boundaries.Documents.Tests.TestSupport;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Boundaries.Documents.Tests.Docx;

/// <summary>Every DOCX passes the Open XML SDK validator and has the page of Nghị định 30/2020/NĐ-CP.</summary>
public sealed class DocxValidationTests
{
    [Fact]
    public void ToDocx_EveryDocument_NoValidationErrors()
    {
        var failures = new List<string>();
        foreach (var (label, document) in AllDocuments.Get())
        {
            using var stream = new MemoryStream(document.ToDocx());
            using var package = WordprocessingDocument.Open(stream, false);
            var errors = new OpenXmlValidator().Validate(package).ToList();
            failures.AddRange(errors.Select(e => $"{label}/{document.Name}: {e.Description} at {e.Path?.XPath}"));
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void ToDocx_DeAnWithMaps_EmbedsBothPicturesAndValidates()
    {
        // A 2×3 pixel PNG stands in for the maps, which Boundaries.Maps draws in the Cli and Web layers.
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEElEQVR4nGP4z8AARAwoFABE0AX7pM/egAAAAABJRU5ErkJggg==");
        var model = TraVinhDossiers.Nq1277 with
        {
            MapPictures = [new Documents.Model.MapPicture("Bản đồ hiện trạng", png, "truoc"), new Documents.Model.MapPicture("Bản đồ phương án", png, "sau")],
        };
        var deAn = DossierRenderer.RenderDossier(model, TraVinhDossiers.Templates).Single(d => d.Name == "de-an");

        using var stream = new MemoryStream(deAn.ToDocx());
        using var package = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(package).Select(e => $"{e.Description} at {e.Path?.XPath}"));
        Assert.Equal(2, package.MainDocumentPart!.ImageParts.Count());
        Assert.Equal(2, package.MainDocumentPart.Document!.Body!.Descendants<Drawing>().Count());
        Assert.Contains("Phụ lục II", deAn.Markdown);
        Assert.Contains("Phụ lục III", deAn.Markdown);
        Assert.Equal(2, deAn.ToHtml().Split("data:image/png;base64,").Length - 1);
    }

    [Fact]
    public void ToDocx_DeAn_A4TimesNewRomanAndMargins()
    {
        var document = AllDocuments.Get().First(d => d.Document.Name == "de-an").Document;

        using var stream = new MemoryStream(document.ToDocx());
        using var package = WordprocessingDocument.Open(stream, false);
        var section = package.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        Assert.InRange(margin.Top!.Value / DocxPage.TwipsPerMm, 19.9, 25.1);
        Assert.InRange(margin.Bottom!.Value / DocxPage.TwipsPerMm, 19.9, 25.1);
        Assert.InRange(margin.Left!.Value / DocxPage.TwipsPerMm, 29.9, 35.1);
        Assert.InRange(margin.Right!.Value / DocxPage.TwipsPerMm, 14.9, 20.1);
        var defaults = package.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Times New Roman", defaults.RunFonts!.Ascii!.Value);
        Assert.InRange(int.Parse(defaults.FontSize!.Val!.Value!, System.Globalization.CultureInfo.InvariantCulture), 26, 28);
    }

    [Fact]
    public void ToDocx_DeAn_HeaderBlockHasMottoAndPlaceDate()
    {
        var document = AllDocuments.Get().First(d => d.Label == "nq1277" && d.Document.Name == "de-an").Document;

        var header = DocxRenderer.BodyOf(document.ToDocx()).OfType<Table>().First();
        var text = string.Join("|", header.Descendants<TableCell>().Select(c => c.InnerText));
        Assert.Contains("ỦY BAN NHÂN DÂNTỈNH TRÀ VINH", text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("Trà Vinh, ngày 13 tháng 6 năm 2023", text);
        Assert.Contains("/ĐA-UBND", text);
    }
}
