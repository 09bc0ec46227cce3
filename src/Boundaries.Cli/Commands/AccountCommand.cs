using Boundaries.Data.Store.Postgis;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries account</c>: the people who may open the web planner of a shared project.</summary>
internal static class AccountCommand
{
    public static Command Create(CliConsole console)
    {
        var project = SharedScenarioCommands.SharedProject();
        var name = new Argument<string>("name") { Description = "The person's name as they will type it" };
        var role = new Option<string>("--role") { Description = "viewer (reads) or editor (also changes scenarios)", DefaultValueFactory = _ => "viewer" };
        role.AcceptOnlyFromAmong([.. ProjectAccounts.Roles]);
        var command = new Command("account", "Add a person to the web planner of a shared project, or change their password and role; the password is read from standard input (one line), never from the command line")
        {
            project, name, role,
        };
        command.SetAction(async (parse, ct) =>
        {
            var password = Console.In.ReadLine();
            if (string.IsNullOrEmpty(password))
            {
                throw new UsageException("give the password on standard input (one line), e.g. read -s P; echo \"$P\" | boundaries account …");
            }

            await new ProjectAccounts(SharedScenarioCommands.Open(parse.GetValue(project)!)).SetAsync(parse.GetValue(name)!, password, parse.GetValue(role)!, ct);
            console.Out.MarkupLine(Markup.Escape($"Đã lưu tài khoản {parse.GetValue(name)} ({parse.GetValue(role)})."));
            return ExitCodes.Ok;
        });
        return command;
    }
}
