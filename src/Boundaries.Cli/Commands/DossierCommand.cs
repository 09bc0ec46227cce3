using Boundaries.Cli.Maps;
using Boundaries.Core.Scenarios.Assessments;
using Boundaries.Core.Standards;
using Boundaries.Documents;
using Boundaries.Documents.Consultation;
using Boundaries.Documents.Legal;
using Boundaries.Documents.Figures;
using Boundaries.Documents.Model;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries dossier</c>: writes the dossier of a scenario (tờ trình, đề án, impact report, draft resolution, tables, ballot) from the templates.</summary>
internal static class DossierCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var file = new Argument<string>("scenario") { Description = "The scenario file (JSON, see data/scenarios/scenario.schema.json), or with a shared project the id of a shared scenario (its latest version; the dossier then lists its history)" };
        var output = CommonOptions.Out("Folder for the documents (NAME.docx, NAME.html, NAME.md per template)");
        var templates = DocumentOptions.Templates();
        var formats = DocumentOptions.Formats();
        var asOf = CommonOptions.AsOf(CommonOptions.ScenarioDateElseToday, "Date of the documents and of the law applied");
        var standards = CommonOptions.Standards();
        var consultation = new Option<string?>("--consultation")
        {
            Description = "The voters' consultation tallies (the CSV of `consult`): the đề án prints each commune's result against the threshold; without it the đề án leaves a field for the planner",
        };
        var threshold = ConsultationOptions.Threshold();
        var command = new Command("dossier", "Write the dossier of a scenario: tờ trình, đề án, impact report, draft resolution, statistical tables and ballot, as DOCX, HTML and Markdown")
        {
            project, file, output, templates, formats, asOf, standards, consultation, threshold,
        };
        command.SetAction(async (parse, ct) =>
        {
            var scenarioPath = parse.GetValue(file)!;
            var folder = parse.GetValue(output)!;
            var shared = SharedScenarioSource.Names(parse.GetValue(project)!, scenarioPath);
            var guard = new FileGuard().Input(parse.GetValue(project));
            (shared ? guard : guard.Input(scenarioPath, mustBeFile: true).Input(OfficialFiguresCsv.Beside(scenarioPath), mustBeFile: true)).InputFolder(parse.GetValue(templates))
                .InputFolder(parse.GetValue(standards)).Input(parse.GetValue(consultation), mustBeFile: true).OutputFolder(folder).Check();
            var (read, history) = shared
                ? await SharedScenarioSource.ReadAsync(parse.GetValue(project)!, scenarioPath, ct)
                : (ScenarioFile.Read(scenarioPath), null);
            var format = DocumentOptions.ParseFormats(parse.GetValue(formats));
            var set = DocumentOptions.LoadTemplates(parse.GetValue(templates));
            var (opened, scenario, result, assessment, date, figures) =
                await AssessedScenario.LoadAsync(parse.GetValue(project)!, scenarioPath, parse.GetValue(asOf), parse.GetValue(standards), CommonOptions.Limits(parse), console, ct, read);
            var options = new DossierOptions(date) { Instruments = set.Instruments, OfficialFigures = figures };
            var model = DossierModelBuilder.Build(result, assessment, options) with
            {
                History = history,
                Consultation = Consultation(parse.GetValue(consultation), parse.GetValue(threshold), date, scenario, scenarioPath, opened.Map),
            };
            model = model with { MapPictures = DossierMaps.Render(opened, result, assessment, scenarioPath, model.Maps) };

            var documents = DossierRenderer.RenderDossier(model, set);
            IReadOnlyList<string> written;
            try
            {
                written = AtomicFolder.Write(folder, "--out", temp => DocumentFolder.Write(documents, temp, format))
                    .Select(f => Path.Combine(folder, Path.GetFileName(f))).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException($"{folder}: cannot write ({e.Message})", e);
            }

            console.Out.MarkupLine($"[bold]{Markup.Escape(scenario.Title)}[/] — {Markup.Escape(model.Document.PlaceAndDate)}; {Markup.Escape(model.Standards.RegimeId)}");
            foreach (var path in written)
            {
                console.Out.MarkupLine($"  {Markup.Escape(path)}");
            }

            // After the documents are written, so a failing run says only why it failed.
            foreach (var warning in model.Legal.Warnings)
            {
                console.Error.WriteLine($"Lưu ý: {warning}");
            }

            console.Out.MarkupLine($"[green]Wrote[/] {written.Count} file(s) to {Markup.Escape(folder)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The counted tallies as the đề án prints them; the threshold must be the one of the law in force on the date, which the đề án cites.</summary>
    private static ConsultationReportModel? Consultation(string? tallyPath, string? threshold, DateOnly date, Scenario scenario, string scenarioPath, AdminMap map)
    {
        if (tallyPath is null)
        {
            return null;
        }

        var inForce = ConsultationOptions.InForce(date);
        if (threshold is not null && ConsultationOptions.Chosen(threshold, date) != inForce)
        {
            var name = ConsultationOptions.Name(inForce);
            throw new UsageException($"--threshold {threshold}: the đề án of {date:yyyy-MM-dd} cites the consultation rule in force on that day ({name}); leave --threshold out or give {name}");
        }

        var result = ConsultationOptions.Count(tallyPath, inForce, scenario, Path.GetFileName(scenarioPath), map);
        return ConsultationReportBuilder.Build(scenario, result, date, map);
    }
}
