using Boundaries.Data.Projects;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries crosswalk</c>: what became of an old unit, and what a new unit was made of, with figures on both sides.</summary>
internal static class CrosswalkCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var old = new Option<string?>("--old") { Description = "Code of a unit before the reform (e.g. 29521, xã Long Khánh of Trà Vinh)" };
        var @new = new Option<string?>("--new") { Description = "Code of a unit of the project's map (e.g. 29242, phường Trà Vinh)" };
        var before = new Option<string?>("--before") { Description = "The project or dataset of the map before the reform (e.g. data/boundaries/tra-vinh), for the old units' figures" };
        var format = CommonOptions.Format("table", "csv");
        var output = CommonOptions.OutFile();
        var standards = CommonOptions.Standards();
        var command = new Command("crosswalk", "What became of an old unit (--old) or what a new unit was made of (--new), with areas and populations on both sides")
        {
            project, old, @new, before, format, output, standards,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(old) is null == parse.GetValue(@new) is null)
            {
                throw new UsageException("give exactly one of --old CODE and --new CODE");
            }

            var after = await LoadAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), parse.GetValue(standards), console);
            var crosswalk = after.Crosswalk ?? throw new UsageException($"{parse.GetValue(project)}: the project has no crosswalk (a 2025 dataset such as data/boundaries/vinh-long-2025 has one)");
            var earlierProject = parse.GetValue(before) is { } b ? await LoadAsync(b, CommonOptions.Limits(parse), parse.GetValue(standards), console) : null;
            var earlier = earlierProject?.Map;
            var rows = parse.GetValue(old) is { } o ? crosswalk.Successors(o.Trim()) : crosswalk.Predecessors(parse.GetValue(@new)!.Trim());
            if (rows.Count == 0)
            {
                var what = parse.GetValue(old) is { } code
                    ? $"--old {code}: no row of the crosswalk has this old code (a unit that had already ceased before the reform, or of another province)"
                    : $"--new {parse.GetValue(@new)}: no row of the crosswalk has this new code (not a unit of the project's map)";
                throw new UsageException(what);
            }

            var lines = rows.Select(r => new CrosswalkLine(r, earlier?.Find(r.OldCode), after.Map.Find(r.NewCode))).ToList();
            if (parse.GetValue(format) == "csv")
            {
                OutputWriter.Write(console, parse.GetValue(output), ToCsv(lines));
            }
            else
            {
                CrosswalkTable.Write(console, lines, crosswalk, parse.GetValue(old) is not null, earlierProject?.Metadata);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<BoundaryProject> LoadAsync(string path, Boundaries.Data.Import.ReadLimits limits, string? standards, CliConsole console)
    {
        // A project file or a shared project keeps its crosswalk; a dataset folder is imported for it.
        if (ProjectLocation.Database(path) is not null || path.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) && File.Exists(path))
        {
            return await ProjectLocation.Store(path).LoadAsync();
        }

        return (await ProjectSource.BuildAsync(path, Boundaries.Data.Import.ImportOptions.Default with { Limits = limits }, standards, console)).Project;
    }

    private static string ToCsv(IEnumerable<CrosswalkLine> lines)
    {
        var sb = new StringBuilder("old_code,old_name,old_province,old_area_km2,old_area_basis,old_population,old_population_basis,share,new_code,new_name,new_area_km2,new_area_basis,new_population,new_population_basis\n");
        foreach (var l in lines)
        {
            var o = l.Old is { } ou ? UnitFigures.Of(ou) : null;
            var n = l.New is { } nu ? UnitFigures.Of(nu) : null;
            sb.Append(CsvText.Line(l.Row.OldCode.Value, l.Row.OldName, l.Row.OldProvince, o?.AreaKm2, o?.AreaBasis, o?.Population, o?.PopulationBasis,
                l.Row.Share == CrosswalkShare.Full ? "full" : "partial", l.Row.NewCode.Value, l.Row.NewName, n?.AreaKm2, n?.AreaBasis, n?.Population, n?.PopulationBasis)).Append('\n');
        }

        return sb.ToString();
    }
}

/// <summary>A crosswalk row with the old unit (from the earlier map, when given) and the new unit (from the project).</summary>
internal sealed record CrosswalkLine(CrosswalkRow Row, AdminUnit? Old, AdminUnit? New);
