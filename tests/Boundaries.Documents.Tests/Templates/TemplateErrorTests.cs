using Boundaries.Data;
using Boundaries.Documents.Templates;
using Boundaries.Documents.Tests.TestSupport;

namespace Boundaries.Documents.Tests.Templates;

/// <summary>A planner's mistake in a template is reported with the template, line and column.</summary>
public sealed class TemplateErrorTests
{
    [Fact]
    public void RenderDossier_MisspeltMember_NamesTemplateLineAndColumn()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("de-an.scriban"), "# Đề án\n\nDiện tích: {{ model.plan[0].after.aera_km2 }}\n");

        var error = Assert.Throws<InputDataException>(() =>
            DossierRenderer.RenderDossier(TraVinhDossiers.Nq1277, TemplateSet.Load(RepoPaths.Templates, folder.Path)));

        Assert.Equal(folder.File("de-an.scriban"), error.File);
        Assert.StartsWith("line 3, column ", error.Problem);
        Assert.Contains("aera_km2", error.Problem);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void RenderDossier_UnclosedIf_ParseErrorWithPosition()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("to-trinh.scriban"), "Dòng 1\n{{ if model.plan }}\nkhông có end\n");

        var error = Assert.Throws<InputDataException>(() =>
            DossierRenderer.RenderDossier(TraVinhDossiers.Nq1277, TemplateSet.Load(RepoPaths.Templates, folder.Path)));

        Assert.EndsWith("to-trinh.scriban", error.File);
        Assert.Matches(@"^line \d+, column \d+: ", error.Problem);
    }

    [Fact]
    public void Load_PlannerFolder_OverridesOnlyItsOwnTemplates()
    {
        using var folder = new TempFolder();
        File.WriteAllText(folder.File("de-an.scriban"), "# Đề án của tôi: {{ model.plan[0].after.name }}\n");

        var documents = DossierRenderer.RenderDossier(TraVinhDossiers.Nq1277, TemplateSet.Load(RepoPaths.Templates, folder.Path));

        Assert.Equal("# Đề án của tôi: Phường 3\n", documents.Single(d => d.Name == "de-an").Markdown);
        Assert.Contains("QUYẾT NGHỊ", documents.Single(d => d.Name == "nghi-quyet").Markdown);
    }
}
