using Boundaries.Maps;

namespace Boundaries.Cli.Maps;

/// <summary><c>boundaries map</c>: a printable map (PNG, PDF or SVG) coloured by status, type or population, optionally before and after a scenario.</summary>
internal static class MapCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var scenario = new Option<string?>("--scenario") { Description = "Draw the map after this scenario (JSON); with --before-after, before and after side by side" };
        var district = new Option<string?>("--district") { Description = "Map one district (its code, e.g. 842): its communes in colour, the neighbours grey" };
        var units = new Option<string[]>("--units") { Description = "Map these communes (codes, e.g. 29242,29245), the others grey", AllowMultipleArgumentsPerToken = true };
        var withNeighbours = new Option<bool>("--with-neighbours") { Description = "With --units: map the communes touching them too" };
        var bbox = new Option<string?>("--bbox") { Description = "Map this rectangle: west,south,east,north in degrees (WGS 84), e.g. 106.30,9.92,106.36,9.97" };
        var colorBy = new Option<string>("--color-by") { Description = "Fill communes by: status, type, population", DefaultValueFactory = _ => "status" };
        colorBy.AcceptOnlyFromAmong("status", "type", "population");
        var beforeAfter = new Option<bool>("--before-after") { Description = "Two maps side by side at the same scale: before and after the --scenario" };
        var paper = new Option<string>("--paper") { Description = "Paper size: A4 or A3", DefaultValueFactory = _ => "A4" };
        paper.AcceptOnlyFromAmong("A4", "A3", "a4", "a3");
        var landscape = new Option<bool>("--landscape") { Description = "Landscape sheet (default: whichever fits the area at the larger scale)" };
        var portrait = new Option<bool>("--portrait") { Description = "Portrait sheet" };
        var dpi = new Option<int>("--dpi") { Description = "Resolution of a PNG in dots per inch", DefaultValueFactory = _ => 300 };
        var asOf = CommonOptions.AsOf(CommonOptions.ScenarioDateElseToday);
        var labels = new Option<string>("--labels") { Description = "Label communes with: name, or name and figures (area, population)", DefaultValueFactory = _ => "name" };
        labels.AcceptOnlyFromAmong("name", "figures");
        var title = new Option<string?>("--title") { Description = "Title instead of the one made from the area mapped" };
        var fontDir = new Option<string?>("--font-dir") { Description = "Folder with DejaVuSans.ttf and DejaVuSans-Bold.ttf (default: the system's fonts)" };
        var standards = CommonOptions.Standards();
        var output = CommonOptions.Out("The map file: .png, .pdf or .svg");
        var command = new Command("map", "Draw a printable map of the communes coloured by status (or type, population), with labels, legend, scale bar and sources")
        {
            project, scenario, district, units, withNeighbours, bbox, colorBy, beforeAfter, paper, landscape, portrait, dpi, asOf, labels, title, fontDir, standards, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output)!;
            var format = MapFormats.FromPath(path) ?? throw new UsageException($"--out {path}: the map file must end in .png, .pdf or .svg");
            if (parse.GetValue(beforeAfter) && parse.GetValue(scenario) is null)
            {
                throw new UsageException("--before-after needs --scenario FILE");
            }

            if (parse.GetValue(landscape) && parse.GetValue(portrait))
            {
                throw new UsageException("--landscape and --portrait exclude each other");
            }

            if (parse.GetValue(dpi) is < 36 or > 1200)
            {
                throw new UsageException($"--dpi {parse.GetValue(dpi)}: give a resolution between 36 and 1200");
            }

            new FileGuard().Input(parse.GetValue(project)).Input(parse.GetValue(scenario), mustBeFile: true)
                .InputFolder(parse.GetValue(standards)).InputFolder(parse.GetValue(fontDir)).OutputFile(path).Check();
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct, parse.GetValue(standards));
            var focus = DistrictOption.Parse(parse.GetValue(district), opened.Map);
            var colour = parse.GetValue(colorBy) switch { "type" => ColorBy.Type, "population" => ColorBy.Population, _ => ColorBy.Status };
            var panels = MapPanels.Build(opened, parse.GetValue(scenario), parse.GetValue(beforeAfter), colour == ColorBy.Status, parse.GetValue(asOf), parse.GetValue(standards));
            var area = AreaOption.Parse(parse.GetValue(units), parse.GetValue(withNeighbours), parse.GetValue(bbox), panels.Panels.Select(p => p.Map).ToList());
            var request = new MapRequest
            {
                Title = parse.GetValue(title) ?? MapSheetText.Title(opened.Map, focus, panels.Run is not null, area: area.Place),
                Subtitle = MapSheetText.Subtitle(panels.Panels[^1].Evaluation, panels.Panels[^1].Map, focus, panels.Run?.Scenario.Title),
                Panels = panels.Panels,
                Paper = parse.GetValue(paper)!.ToUpperInvariant() == "A3" ? PaperSize.A3 : PaperSize.A4,
                Orientation = parse.GetValue(landscape) ? Orientation.Landscape : parse.GetValue(portrait) ? Orientation.Portrait : Orientation.Auto,
                Dpi = parse.GetValue(dpi),
                ColorBy = colour,
                Labels = parse.GetValue(labels) == "figures" ? LabelContent.NameAndFigures : LabelContent.Name,
                District = focus,
                Units = area.Units,
                Bounds = area.Bounds,
                Notes = MapSheetText.ScenarioNotes(panels.Run?.Result),
                Sources = MapSheetText.Sources(opened.Provenance, panels.Run?.File),
                DateLine = MapSheetText.DateLine(panels.Panels[^1].Evaluation?.AsOf, DateOnly.FromDateTime(DateTime.Today), Data.Projects.ProjectBuilder.ToolVersion),
                FontDirectory = parse.GetValue(fontDir),
            };

            MapRenderReport? report = null;
            OutputWriter.WriteFile(path, stream => report = MapRenderer.Render(request, format, stream));
            Summarise(console, path, request, report!);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Summarise(CliConsole console, string path, MapRequest request, MapRenderReport report)
    {
        var vi = VietnameseFormat.Culture;
        var size = report.PixelWidth > 0 ? $"{report.PixelWidth} × {report.PixelHeight} px at {request.Dpi} dpi" : "vector";
        var sheet = $"{request.Paper} {(report.PageWidthPoints > report.PageHeightPoints ? "landscape" : "portrait")}";
        var communes = report.Labels.Count(l => !l.IsDistrict);
        console.Out.MarkupLine(Markup.Escape(
            $"Wrote {path} ({size}, {sheet}, 1:{report.ScaleDenominator.ToString("N0", vi)}, {report.DisplayCrsName}); {communes} commune labels, {report.Labels.Count(l => l.Callout)} with leader lines"));
        if (report.Unlabelled.Count > 0)
        {
            console.Out.MarkupLine(Markup.Escape($"No room for the label of: {string.Join(", ", report.Unlabelled)}"));
        }
    }
}
