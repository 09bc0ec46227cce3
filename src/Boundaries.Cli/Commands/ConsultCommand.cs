using Boundaries.Core.Consultation;
using Boundaries.Data.Consultation;
using Boundaries.Documents;
using Boundaries.Documents.Consultation;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries consult</c>: the consultation results report from a CSV of village tallies (format: src/Boundaries.Data/Consultation/README.md).</summary>
internal static class ConsultCommand
{
    public static Command Create(CliConsole console)
    {
        var tally = new Argument<string>("tally") { Description = "The tally CSV: one row per village (commune_code, commune_name, village, registered_voters, votes_for, votes_against, votes_invalid[, households, households_for])" };
        var scenarioOption = new Option<string>("--scenario") { Description = "The scenario consulted on (JSON)", Required = true };
        var output = CommonOptions.Out("Folder for bao-cao-ket-qua-lay-y-kien.docx/.html/.md");
        var threshold = ConsultationOptions.Threshold();
        var project = new Option<string?>("--project") { Description = "The project (.gpkg or dataset) for the province's and communes' names" };
        var templates = DocumentOptions.Templates();
        var formats = DocumentOptions.Formats();
        var asOf = CommonOptions.AsOf("today", "Date of the report and of the consultation rule applied");
        var command = new Command("consult", "Write the consultation results report from village tallies, with the approval threshold per commune")
        {
            tally, scenarioOption, output, threshold, project, templates, formats, asOf,
        };
        command.SetAction(async (parse, ct) =>
        {
            var tallyPath = parse.GetValue(tally)!;
            var scenarioPath = parse.GetValue(scenarioOption)!;
            var folder = parse.GetValue(output)!;
            new FileGuard().Input(tallyPath, mustBeFile: true).Input(scenarioPath, mustBeFile: true).Input(parse.GetValue(project))
                .InputFolder(parse.GetValue(templates)).OutputFolder(folder).Check();
            var scenario = ScenarioFile.Read(scenarioPath);
            var format = DocumentOptions.ParseFormats(parse.GetValue(formats));
            var date = Dates.Parse(parse.GetValue(asOf));
            var rule = ConsultationOptions.Chosen(parse.GetValue(threshold), date);
            var set = DocumentOptions.LoadTemplates(parse.GetValue(templates));
            AdminMap? map = parse.GetValue(project) is { } p ? (await ProjectSource.OpenAsync(p, CommonOptions.Limits(parse), console, ct)).Map : null;
            var result = ConsultationOptions.Count(tallyPath, rule, scenario, Path.GetFileName(scenarioPath), map);
            var model = ConsultationReportBuilder.Build(scenario, result, date, map);
            var document = DossierRenderer.RenderConsultation(model, set);
            IReadOnlyList<string> written;
            try
            {
                written = AtomicFolder.Write(folder, "--out", temp => DocumentFolder.Write([document], temp, format))
                    .Select(f => Path.Combine(folder, Path.GetFileName(f))).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputException($"{folder}: cannot write ({e.Message})", e);
            }

            foreach (var c in model.Communes)
            {
                console.Out.MarkupLine(Markup.Escape($"{c.Code} {c.Name}: {VietnameseFormat.Percent(c.ApprovalPercent)} đồng ý → {c.ResultText}"));
            }

            if (model.RuleUnconfirmed)
            {
                console.Out.MarkupLine(Markup.Escape($"Ngưỡng: {model.Rule} ({model.RuleCitation}) — quy định chưa được xác nhận"));
            }

            console.Out.MarkupLine($"[green]Wrote[/] {Markup.Escape(string.Join(", ", written))}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
