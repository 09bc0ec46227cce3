using Boundaries.Core.Coverage.Snapping;
using Boundaries.Data.Import;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries import</c>: reads a dataset (folder with dataset.json, or one GeoJSON/Shapefile/GeoPackage) into a project file.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var source = new Argument<string>("source") { Description = "A dataset folder with dataset.json (e.g. data/boundaries/tra-vinh), a manifest, or a .geojson/.shp/.gpkg file" };
        var output = CommonOptions.Out("The project file to write (.gpkg), or a shared project postgresql://user@host/db?schema=NAME (or a named connection); written atomically");
        var fix = new Option<bool>("--fix-geometry") { Description = "Repair invalid polygons (recorded in the report) instead of refusing them" };
        var snap = new Option<double?>("--snap-meters") { Description = "Close slivers between neighbouring communes by snapping vertices within this distance (recorded per unit)" };
        var crs = new Option<string?>("--crs") { Description = "CRS of a single input file when it has no .prj/crs member, or to override it (EPSG:9209, EPSG:4326, …)" };
        var layer = new Option<string?>("--layer") { Description = "Layer (table) of a GeoPackage input" };
        var encoding = new Option<string?>("--encoding") { Description = "Text encoding of a Shapefile's .dbf: UTF-8, 1258, TCVN3, VNI" };
        var codeField = new Option<string?>("--code-field") { Description = "Field holding the unit code (default: guessed: code, ma, MA_XA, …)" };
        var nameField = new Option<string?>("--name-field") { Description = "Field holding the unit name (default: guessed: name, ten, TEN_XA, …)" };
        var typeField = new Option<string?>("--type-field") { Description = "Field holding the unit type (default: guessed, else from the name's prefix)" };
        var parentField = new Option<string?>("--parent-field") { Description = "Field holding the parent unit's code (default: guessed)" };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Leave out the features with an error (listed in the report) instead of refusing the whole input" };
        var province = new Option<string?>("--province") { Description = "Import only this province of a national dataset (e.g. --province 86 of data/boundaries/vietnam-2025)" };
        var standards = CommonOptions.Standards();
        var command = new Command("import", "Import boundary data into a project file (GeoPackage) with a quality report")
        {
            source, output, fix, snap, crs, layer, encoding, codeField, nameField, typeField, parentField, skipInvalid, province, standards,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ImportOptions
            {
                FixGeometry = parse.GetValue(fix),
                Crs = parse.GetValue(crs),
                Layer = parse.GetValue(layer),
                Encoding = parse.GetValue(encoding),
                Province = parse.GetValue(province),
                Limits = CommonOptions.Limits(parse),
                Fields = new FieldMapping(parse.GetValue(codeField), parse.GetValue(nameField), parse.GetValue(typeField), parse.GetValue(parentField)),
            };
            var path = parse.GetValue(source)!;
            var target = parse.GetValue(output)!;
            new FileGuard().Input(path).InputFolder(parse.GetValue(standards)).OutputFile(target).Check();
            await RefuseProjectFile(path, options.Limits, console, ct);
            var (built, project, coverage) = await ProgressSteps.RunAsync(console, async steps =>
            {
                var built = InvalidFeatures.Enforce(
                    path,
                    ProjectSource.Build(path, options, parse.GetValue(standards), steps),
                    parse.GetValue(skipInvalid),
                    console.Error,
                    "--skip-invalid leaves them out into the report");
                var project = built.Project;
                var map = project.Map;
                var issues = project.Issues.ToList();
                if (parse.GetValue(snap) is { } meters)
                {
                    steps.Step($"Snapping slivers ({meters} m)");
                    var snapped = CoverageSnapper.Snap(CoverageUnit.Of(map, UnitLevel.Commune), meters);
                    map = MapCoverage.WithCommunes(map, snapped.Units);
                    issues.AddRange(SnapIssues.Of(snapped));
                }

                steps.Step("Coverage QA");
                var coverage = CoverageQa.Check(CoverageUnit.Of(map, UnitLevel.Commune));
                issues.AddRange(coverage.ToIssues());
                project = project with { Map = map, Issues = issues };
                steps.Step($"Writing {ProjectLocation.Database(target)?.Display ?? Path.GetFileName(target)}");
                await Save(target, project, ct);
                return (built, project, coverage);
            });

            ImportSummary.Write(console, built.Report, project, coverage, target);
            return ExitCodes.Ok;
        });
        return command;
    }

    // A project file is checked like every project a command opens, so that a damaged one is named as such; a sound one needs no import.
    private static async Task RefuseProjectFile(string path, ReadLimits limits, CliConsole console, CancellationToken ct)
    {
        if (path.EndsWith(".gpkg", StringComparison.OrdinalIgnoreCase) && File.Exists(path) && await GeoPackageProjectStore.IsProjectAsync(path, ct))
        {
            await ProjectSource.OpenAsync(path, limits, console, ct);
            throw new UsageException($"{path}: is already a Boundaries project; give it to any command directly (units, evaluate, export, …)");
        }
    }

    private static async Task Save(string target, BoundaryProject project, CancellationToken ct)
    {
        try
        {
            await ProjectLocation.Store(target).SaveAsync(project, ct);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new OutputException($"{target}: cannot write ({e.Message}); nothing was written", e);
        }
    }
}
