using Boundaries.Core.Consultation;
using Boundaries.Data.Consultation;
using Boundaries.Documents.Model;
using Boundaries.Web.Downloads;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries hearing</c>: the public hearing page of a scenario, one self-contained HTML file (maps before and after, figures, reason, dates and places, how to vote).</summary>
internal static class HearingCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var file = new Argument<string>("scenario") { Description = "The scenario file (JSON, see data/scenarios/scenario.schema.json)" };
        var output = CommonOptions.Out("The page: an .html file");
        var consultation = new Option<string?>("--consultation") { Description = "The consultation notice (JSON: organiser, from, to, places, contact; see src/Boundaries.Data/Consultation/README.md)" };
        var from = new Option<string?>("--from") { Description = "First day of the consultation, YYYY-MM-DD (replaces the notice's)" };
        var to = new Option<string?>("--to") { Description = "Last day of the consultation, YYYY-MM-DD (replaces the notice's)" };
        var asOf = CommonOptions.AsOf(CommonOptions.ScenarioDateElseToday, "Date of the page and of the law applied");
        var templates = DocumentOptions.Templates();
        var standards = CommonOptions.Standards();
        var command = new Command("hearing", "Write the public hearing page of a scenario: one HTML file with the maps before and after, the figures of the dossier, the reason, the consultation's dates and places and how to vote; it opens with no server and no network")
        {
            project, file, output, consultation, from, to, asOf, templates, standards,
        };
        command.SetAction(async (parse, ct) =>
        {
            var scenarioPath = parse.GetValue(file)!;
            var path = parse.GetValue(output)!;
            if (!path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--out {path}: the page must be an .html file");
            }

            new FileGuard().Input(parse.GetValue(project)).Input(scenarioPath, mustBeFile: true).Input(parse.GetValue(consultation), mustBeFile: true)
                .InputFolder(parse.GetValue(templates)).InputFolder(parse.GetValue(standards)).OutputFile(path).Check();
            var notice = parse.GetValue(consultation) is { } noticePath ? ConsultationNoticeJson.Read(noticePath) : ConsultationNotice.None;
            notice = notice with
            {
                From = parse.GetValue(from) is { } f ? Dates.Parse(f, option: "--from") : notice.From,
                To = parse.GetValue(to) is { } t ? Dates.Parse(t, option: "--to") : notice.To,
            };
            if (notice.From > notice.To)
            {
                throw new UsageException($"the consultation starts on {notice.From:yyyy-MM-dd}, after its last day {notice.To:yyyy-MM-dd}");
            }

            var set = DocumentOptions.LoadTemplates(parse.GetValue(templates));
            var (_, scenario, result, assessment, date, figures) =
                await AssessedScenario.LoadAsync(parse.GetValue(project)!, scenarioPath, parse.GetValue(asOf), parse.GetValue(standards), CommonOptions.Limits(parse), console, ct);
            var page = HearingDownload.Page(result, assessment, new DossierOptions(date) { Instruments = set.Instruments, OfficialFigures = figures }, notice);
            OutputWriter.WriteFile(path, stream => stream.Write(Encoding.UTF8.GetBytes(page)));
            console.Out.MarkupLine($"[green]Wrote[/] {Markup.Escape(path)} ({Encoding.UTF8.GetByteCount(page) / 1024:N0} KB): {Markup.Escape(scenario.Title)}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
