using Boundaries.Data.Export;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries evaluate</c>: every unit against the standards in force on a date, and which must be arranged.</summary>
internal static class EvaluateCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var asOf = CommonOptions.AsOf("today", "The date whose law applies");
        var programme = new Option<string?>("--programme") { Description = "Arrangement programme or period to apply instead of the one in force (nq653-2019, nq35-2023, nq35-2023/2026-2030)" };
        var regime = new Option<string?>("--regime") { Description = "Standards regime to apply instead of the one in force (nq1211-2016, nq1211-nq27, nq112-2025)" };
        var area = new Option<string>("--area") { Description = "Which area to use: official (when recorded, else computed) or computed", DefaultValueFactory = _ => "official" };
        area.AcceptOnlyFromAmong("official", "computed");
        var level = new Option<string>("--level") { Description = "Which units to list: commune, district, province, all", DefaultValueFactory = _ => "all" };
        level.AcceptOnlyFromAmong("commune", "district", "province", "all");
        var only = new Option<bool>("--must-arrange", "--below-standard") { Description = "List only the units that must be arranged (with no arrangement programme in force, as since 2026: the units below the standard) or lack the data to tell" };
        var format = CommonOptions.Format("table", "csv", "json", "geojson");
        var output = CommonOptions.OutFile();
        var standards = CommonOptions.Standards();
        var command = new Command("evaluate", "Evaluate every unit against the legal standards of area and population, and find the units that must be arranged")
        {
            project, asOf, programme, regime, area, level, only, format, output, standards,
        };
        command.SetAction(async (parse, ct) =>
        {
            new FileGuard().Input(parse.GetValue(project)).InputFolder(parse.GetValue(standards)).OutputFile(parse.GetValue(output)).Check();
            var catalogue = Catalogue.Load(parse.GetValue(standards));
            var opened = await ProjectSource.OpenAsync(parse.GetValue(project)!, CommonOptions.Limits(parse), console, ct, parse.GetValue(standards));
            var options = new EvaluationOptions(Dates.Parse(parse.GetValue(asOf)))
            {
                ProgrammeId = parse.GetValue(programme),
                RegimeId = parse.GetValue(regime),
                AreaBasis = parse.GetValue(area) == "computed" ? AreaBasis.Computed : AreaBasis.PreferOfficial,
            };
            var onDate = opened.OnDate(options.AsOf);
            var evaluation = Evaluating.Evaluate(onDate.Map, catalogue, options);

            var shown = Filter(evaluation, parse.GetValue(level)!)
                .Where(a => !parse.GetValue(only) || a.MustArrange == true || a.InsufficientData
                            || (evaluation.Selection.Programme is null && a.MeetsStandard == false))
                .ToList();
            var path = parse.GetValue(output);
            switch (parse.GetValue(format))
            {
                case "csv":
                    Write(console, path, s => { using var w = new StreamWriter(s, new UTF8Encoding(false)); AssessmentCsvWriter.Write(w, shown); });
                    break;
                case "json":
                    Write(console, path, s => AssessmentJsonWriter.Write(s, evaluation with { Assessments = shown }));
                    break;
                case "geojson":
                    Write(console, path, s => AssessmentGeoJsonWriter.Write(s, shown));
                    break;
                default:
                    EvaluationTable.Write(console, evaluation, shown, MapStateLine.Of(onDate, opened.Baseline));
                    break;
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<Assessment> Filter(MapEvaluation evaluation, string level) => level switch
    {
        "commune" => evaluation.AtLevel(UnitLevel.Commune),
        "district" => evaluation.AtLevel(UnitLevel.District),
        "province" => evaluation.AtLevel(UnitLevel.Province),
        _ => evaluation.Assessments,
    };

    private static void Write(CliConsole console, string? path, Action<Stream> write)
    {
        if (path is not null)
        {
            OutputWriter.WriteFile(path, write);
            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        console.WriteRaw(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
