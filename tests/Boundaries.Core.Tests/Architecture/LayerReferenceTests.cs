using System.Xml.Linq;

namespace Boundaries.Core.Tests.Architecture;

/// <summary>The layers stay one way: Core ← Data/Planning ← Documents/Maps ← Cli/Web, with Documents, Maps and Planning on Core alone.</summary>
/// <remarks>Read from the project files, so a reference added anywhere fails here before it is used.</remarks>
public sealed class LayerReferenceTests
{
    /// <summary>The projects each project of src/ may reference.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Boundaries.Core"] = [],
        ["Boundaries.Data"] = ["Boundaries.Core"],
        ["Boundaries.Documents"] = ["Boundaries.Core"],
        ["Boundaries.Maps"] = ["Boundaries.Core"],

        // The planner's solver (Google OR-Tools) beside Data, on Core alone, so that Core keeps to NTS and ProjNET.
        ["Boundaries.Planning"] = ["Boundaries.Core"],
        // The web planner proposes whole-province plans with the solver `boundaries plan` uses (issue 16).
        ["Boundaries.Web"] = ["Boundaries.Core", "Boundaries.Data", "Boundaries.Documents", "Boundaries.Maps", "Boundaries.Planning"],
        ["Boundaries.Cli"] = ["Boundaries.Core", "Boundaries.Data", "Boundaries.Documents", "Boundaries.Maps", "Boundaries.Planning", "Boundaries.Web"],
    };

    public static TheoryData<string> Projects() => [.. Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src")).Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_ReferencesOnlyTheLayersBelowIt(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed), $"src/{project} is not placed in a layer; add it to {nameof(LayerReferenceTests)}.");

        var forbidden = References(project, "ProjectReference").Select(Path.GetFileNameWithoutExtension).Except(allowed).ToList();

        Assert.True(forbidden.Count == 0, $"src/{project} references {string.Join(", ", forbidden)}; the layers are Core ← Data ← Documents/Maps ← Cli/Web.");
    }

    [Fact]
    public void Core_UsesOnlyNetTopologySuiteAndProjNet()
    {
        var packages = References("Boundaries.Core", "PackageReference");

        Assert.Equal(["NetTopologySuite", "ProjNET"], packages.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> References(string project, string kind)
    {
        var file = Path.Combine(RepoPaths.Root, "src", project, project + ".csproj");
        return XDocument.Load(file).Descendants(kind)
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Select(include => include.Replace('\\', '/'))
            .ToList();
    }
}
