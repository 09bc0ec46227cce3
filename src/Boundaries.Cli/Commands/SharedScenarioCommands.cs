using Boundaries.Data.Store.Postgis;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries scenario save|get|submit|list</c>: scenarios kept as shared, versioned records in a PostGIS project.</summary>
internal static class SharedScenarioCommands
{
    public static IEnumerable<Command> All(CliConsole console) => [Save(console), Get(console), Submit(console), List(console)];

    private static Command Save(CliConsole console)
    {
        var project = SharedProject();
        var file = new Argument<string>("scenario") { Description = "The scenario file (.json) to save as a new version" };
        var id = new Option<string?>("--id") { Description = "The scenario's id in the project (default: the file name without .json)" };
        var baseVersion = new Option<int>("--base-version") { Description = "The version you opened (from 'scenario get'); 0 for a new scenario. Saving is refused if someone saved after it", DefaultValueFactory = _ => 0 };
        var change = new Option<string?>("--change") { Description = "What you changed, in words, for the others and the log" };
        var command = new Command("save", "Save a scenario file as a new version of a shared scenario (refused if someone else saved since you opened it)")
        {
            project, file, id, baseVersion, change,
        };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var scenario = ScenarioFile.Read(path);
            var scenarioId = parse.GetValue(id) ?? Path.GetFileNameWithoutExtension(path);
            var description = parse.GetValue(change) ?? $"{scenario.Operations.Count} thao tác";
            var saved = await new SharedScenarios(Open(parse.GetValue(project)!)).SaveAsync(scenarioId, await File.ReadAllTextAsync(path, ct), parse.GetValue(baseVersion), description, ct);
            console.Out.MarkupLine(Markup.Escape($"Đã lưu phương án {saved.Id}, phiên bản {saved.Version} ({saved.SavedBy}, {Time(saved.SavedAt)})."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Get(CliConsole console)
    {
        var project = SharedProject();
        var id = new Argument<string>("id") { Description = "The scenario's id" };
        var output = CommonOptions.Out("The scenario file to write (.json)");
        var command = new Command("get", "Write the latest version of a shared scenario to a file, and print its version for 'scenario save --base-version'")
        {
            project, id, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            var location = Open(parse.GetValue(project)!);
            var found = await new SharedScenarios(location).GetAsync(parse.GetValue(id)!, ct)
                ?? throw new InputDataException(location.Display, $"no scenario '{parse.GetValue(id)}'");
            var scenario = ScenarioFile.Parse(found.Json, $"{location.Display} scenario {found.Version.Id}");
            ScenarioFile.Write(parse.GetValue(output)!, scenario);
            var v = found.Version;
            console.Out.MarkupLine(Markup.Escape($"Phương án {v.Id}, phiên bản {v.Version} ({v.SavedBy}, {Time(v.SavedAt)}: {v.Change}){(v.IsSubmitted ? $"; đã khóa (đã trình) bởi {v.SubmittedBy}" : "")}."));
            console.Out.MarkupLine(Markup.Escape($"Lưu lại bằng: boundaries scenario save PROJECT {parse.GetValue(output)} --id {v.Id} --base-version {v.Version}"));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Submit(CliConsole console)
    {
        var project = SharedProject();
        var id = new Argument<string>("id") { Description = "The scenario's id" };
        var command = new Command("submit", "Lock a shared scenario as submitted: the version in the dossier, which nobody can edit afterwards") { project, id };
        command.SetAction(async (parse, ct) =>
        {
            var v = await new SharedScenarios(Open(parse.GetValue(project)!)).SubmitAsync(parse.GetValue(id)!, ct);
            console.Out.MarkupLine(Markup.Escape($"Đã khóa phương án {v.Id}, phiên bản {v.Version} (đã trình, {v.SubmittedBy}, {Time(v.SubmittedAt!.Value)})."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliConsole console)
    {
        var project = SharedProject();
        var command = new Command("list", "List the shared scenarios of a project with their latest version") { project };
        command.SetAction(async (parse, ct) =>
        {
            foreach (var v in await new SharedScenarios(Open(parse.GetValue(project)!)).ListAsync(ct))
            {
                console.Out.MarkupLine(Markup.Escape($"{v.Id}\tphiên bản {v.Version}\t{v.SavedBy}\t{Time(v.SavedAt)}\t{(v.IsSubmitted ? "đã trình" : "đang soạn")}\t{v.Change}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The PROJECT argument of the shared-project commands.</summary>
    internal static Argument<string> SharedProject() => new("project")
    {
        Description = "A shared project: postgresql://user@host:port/database?schema=NAME or a named connection",
    };

    /// <summary>The shared project named, or a usage error when the text names a file.</summary>
    internal static PostgisLocation Open(string text) =>
        ProjectLocation.Database(text) ?? throw new UsageException($"{text}: not a shared project (postgresql://…?schema=NAME or a named connection); scenario files of a GeoPackage project are kept as files");

    /// <summary>A time as the planners read it: Vietnam's time, day first.</summary>
    internal static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("HH:mm:ss dd/MM/yyyy", CultureInfo.InvariantCulture);
}
