using Boundaries.Data.Export.Layers;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries export</c>: the units as a GIS layer (GeoJSON, GeoPackage, Shapefile, KML, CSV), optionally after a scenario and with their status.</summary>
internal static class ExportCommand
{
    private static readonly Dictionary<string, LayerFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geojson"] = LayerFormat.GeoJson, ["gpkg"] = LayerFormat.GeoPackage, ["shp"] = LayerFormat.Shapefile, ["kml"] = LayerFormat.Kml, ["csv"] = LayerFormat.Csv,
    };

    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var scenario = new Option<string?>("--scenario") { Description = "Export the map after this scenario (JSON); adds a 'changed' field" };
        var evaluate = new Option<bool>("--evaluate") { Description = "Add the percentages of the standards and the status (meets, below-standard, must-arrange, exempt, insufficient-data)" };
        var asOf = CommonOptions.AsOf(CommonOptions.ScenarioDateElseToday, "With --evaluate: the date whose law applies");
        var level = new Option<string>("--level") { Description = "Which units: commune, district, province, all", DefaultValueFactory = _ => "commune" };
        level.AcceptOnlyFromAmong("commune", "district", "province", "all");
        var format = new Option<string?>("--format") { Description = "geojson, gpkg, shp, kml or csv (default: from the --out extension)" };
        format.AcceptOnlyFromAmong([.. Formats.Keys]);
        var standards = CommonOptions.Standards();
        var output = CommonOptions.Out("The file to write (.geojson, .gpkg, .shp with its .shx/.dbf/.prj/.cpg, .kml, .csv)");
        var command = new Command("export", "Export the units as a GIS layer for QGIS or Google Earth: GeoJSON (RFC 7946), GeoPackage, Shapefile, KML or CSV")
        {
            project, scenario, evaluate, asOf, level, format, standards, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!;
            var chosen = Resolve(parse.GetValue(format), path);
            if (parse.GetValue(asOf) is not null && !parse.GetValue(evaluate))
            {
                throw new UsageException("--as-of applies to --evaluate; add --evaluate");
            }

            new FileGuard().Input(parse.GetValue(project)).Input(parse.GetValue(scenario), mustBeFile: true)
                .InputFolder(parse.GetValue(standards)).OutputFile(path).Check();
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct, parse.GetValue(standards));
            var catalogue = parse.GetValue(evaluate) ? Catalogue.Load(parse.GetValue(standards)) : null;
            var map = opened.Map;
            MapEvaluation? evaluation = null;
            Core.Scenarios.Results.ScenarioResult? result = null;
            if (parse.GetValue(scenario) is { } file)
            {
                var run = ScenarioRun.Apply(file, map);
                if (catalogue is not null)
                {
                    run = run.Evaluated(catalogue, Dates.Parse(parse.GetValue(asOf), run.Scenario.EffectiveDate));
                    evaluation = run.Assessment!.After;
                }

                map = run.Result.Map;
                result = run.Result;
            }
            else if (catalogue is not null)
            {
                evaluation = Evaluating.Evaluate(map, catalogue, Dates.Parse(parse.GetValue(asOf)));
            }

            UnitLevel? unitLevel = parse.GetValue(level) switch
            {
                "district" => UnitLevel.District, "province" => UnitLevel.Province, "all" => null, _ => UnitLevel.Commune,
            };
            var layer = UnitLayer.Of(map, unitLevel, evaluation, result);
            IReadOnlyList<string> written = [];
            try
            {
                written = LayerExporter.Write(layer, chosen, path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                throw new OutputException($"{path}: cannot write ({e.Message})", e);
            }

            console.Out.MarkupLine(Markup.Escape($"Wrote {string.Join(", ", written)}: layer '{layer.Name}', {layer.Rows.Count} features ({layer.Rows.Count(r => r.Geometry is null)} without polygon), {layer.Fields.Count} fields"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static LayerFormat Resolve(string? format, string path)
    {
        var fromPath = LayerExporter.FormatOf(path);
        if (format is null)
        {
            return fromPath ?? throw new UsageException($"--out {path}: cannot tell the format from the extension; give --format geojson|gpkg|shp|kml|csv");
        }

        var chosen = Formats[format];
        return fromPath == chosen
            ? chosen
            : throw new UsageException($"--out {path}: --format {format} writes a file ending in {Extension(chosen)}");
    }

    private static string Extension(LayerFormat format) => format switch
    {
        LayerFormat.GeoJson => ".geojson",
        LayerFormat.GeoPackage => ".gpkg",
        LayerFormat.Shapefile => ".shp",
        LayerFormat.Kml => ".kml",
        _ => ".csv",
    };
}
