namespace Boundaries.Cli.Tests.Corpus;

/// <summary>Outputs that are, or would replace, an input, and outputs that cannot be written.</summary>
internal static class OutputKinds
{
    public static IEnumerable<BadInput> All()
    {
        yield return Over("export-out-is-the-project", p => p.Project, "export");
        yield return Over("export-out-is-a-symlink-to-the-project", p => Link(p.Project, p.Ws.File("link.gpkg")), "export");
        yield return Over("export-out-is-a-hard-link-to-the-project", p => HardLink(p.Project, p.Ws.File("hard.gpkg")), "export");
        yield return Over("export-out-is-the-project-spelt-differently", p => Path.Combine(p.Ws.Folder, "sub", "..", "project.gpkg"), "export");
        yield return Over("units-out-is-the-project", p => p.Project, "units", "--format", "csv");
        yield return Over("qa-out-is-the-project", p => p.Project, "qa", "--format", "csv");
        yield return Over("evaluate-out-is-the-project", p => p.Project, "evaluate", "--format", "csv");
        yield return new("import-out-is-the-source-geojson", 2, "is the input", ws =>
        {
            var source = ws.Write("source.geojson", GeoJsonText.TwoWards());
            return [new(["import", source, "--out", source], "source.geojson")];
        });
        yield return new("import-out-is-a-file-of-the-dataset-folder", 2, "is the input", ws =>
        {
            var folder = CopyTraVinh(ws);
            return [new(["import", folder, "--out", Path.Combine(folder, "units_gso_2023-04-10.csv")], "units_gso_2023-04-10.csv")];
        });
        yield return new("export-shapefile-over-the-input-shapefile", 2, "is the input", ws =>
        {
            foreach (var ext in new[] { ".shp", ".shx", ".dbf", ".prj", ".cpg" })
            {
                File.Copy(RepoPaths.Fixture("import", "tp-tra-vinh_communes_vn2000_tm3_105-30" + ext), ws.File("tp" + ext));
            }

            return [new(["export", ws.File("tp.shp"), "--out", ws.File("tp.shp")], "tp.shp")];
        });
        yield return new("scenario-apply-out-holds-the-project", 2, "holds the input", ws =>
        {
            var project = Copy(ws);
            return [new(["scenario", "apply", project, ws.GoodScenario, "--out", ws.Folder], Path.GetFileName(ws.Folder))];
        });
        yield return new("dossier-out-is-the-templates-folder", 2, "holds the input", ws =>
        {
            var templates = Directory.CreateDirectory(ws.File("templates")).FullName;
            File.WriteAllText(Path.Combine(templates, "de-an.scriban"), "# {{ document.title }}\n");
            return [new(["dossier", ws.GoodProject, ws.GoodScenario, "--templates", templates, "--out", templates, "--as-of", "2023-06-13"], "templates")];
        });
        yield return new("scenario-apply-out-is-a-file", 4, "is a file, not a folder", ws =>
            [new(["scenario", "apply", ws.GoodProject, ws.GoodScenario, "--out", ws.Write("notes.txt", "x")], "notes.txt")]);
        yield return new("export-out-is-a-folder", 4, "is a folder", ws =>
            [new(["export", ws.GoodProject, "--out", Directory.CreateDirectory(ws.File("layer.geojson")).FullName], "layer.geojson")]);
        yield return new("export-out-under-a-file", 4, "cannot write", ws =>
            [new(["export", ws.GoodProject, "--out", Path.Combine(ws.Write("file.txt", "x"), "layer.geojson")], "layer.geojson")]);
        yield return new("export-out-in-a-missing-folder", 4, "cannot write", ws =>
            [new(["export", ws.GoodProject, "--out", ws.File("missing/layer.geojson")], "layer.geojson")]);
        yield return new("evaluate-out-on-a-read-only-file-system", 4, "cannot write", ws =>
            [new(["evaluate", ws.GoodProject, "--as-of", "2023-06-13", "--format", "csv", "--out", "/proc/boundaries-evaluation.csv"], "boundaries-evaluation.csv")]);
    }

    private sealed record Placed(Workspace Ws, string Project);

    private static BadInput Over(string kind, Func<Placed, string> output, string command, params string[] options) =>
        new(kind, 2, "is the input", ws =>
        {
            var project = Copy(ws);
            var target = output(new Placed(ws, project));
            return [new([command, project, .. options, "--out", target], Path.GetFileName(target))];
        });

    private static string Copy(Workspace ws)
    {
        var path = ws.File("project.gpkg");
        File.Copy(ws.GoodProject, path);
        return path;
    }

    private static string CopyTraVinh(Workspace ws)
    {
        var folder = Directory.CreateDirectory(ws.File("tra-vinh")).FullName;
        foreach (var f in Directory.GetFiles(RepoPaths.TraVinh))
        {
            File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        }

        return folder;
    }

    private static string Link(string target, string link)
    {
        File.CreateSymbolicLink(link, target);
        return link;
    }

    private static string HardLink(string target, string link)
    {
        using var ln = System.Diagnostics.Process.Start("ln", [target, link]);
        ln.WaitForExit();
        return link;
    }
}
