using System.Net.Sockets;
using Boundaries.Core.Standards;
using Boundaries.Web;
using Boundaries.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Boundaries.Cli.Commands;

/// <summary><c>boundaries serve</c>: the web planner (map, scenarios, undo/redo, downloads) on this machine.</summary>
internal static class ServeCommand
{
    public static Command Create(CliConsole console)
    {
        var project = CommonOptions.Project();
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, ';'-separated (default {ListenAddresses.Default}; port 0 picks a free one)",
            DefaultValueFactory = _ => ListenAddresses.Default,
        };
        var scenarios = new Option<string?>("--scenarios") { Description = "Folder where scenarios are saved (default: PROJECT.scenarios beside the project); a shared project keeps them in its database" };
        var asOf = CommonOptions.AsOf("today, or the last day of the latest standards when none is in force today", "Default evaluation date");
        var standards = CommonOptions.Standards();
        var templates = DocumentOptions.Templates();
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Allow an address other machines can reach (the planner has no accounts)" };
        var referenceData = new Option<string?>("--reference-data") { Description = "Folder holding vietnam-c2013 and vietnam-2025, for the reference layers (default: the dataset folder's parent when it holds them)" };
        var command = new Command("serve", "Start the web planner: a map to build scenarios with live standards, undo and downloads")
        {
            project, urls, scenarios, asOf, standards, templates, allowRemote, referenceData,
        };
        command.SetAction(async (parse, ct) =>
        {
            IReadOnlyList<string> addresses;
            try
            {
                addresses = ListenAddresses.Parse(parse.GetValue(urls)!, parse.GetValue(allowRemote));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            new FileGuard().Input(parse.GetValue(project)).InputFolder(parse.GetValue(standards)).InputFolder(parse.GetValue(templates)).InputFolder(parse.GetValue(referenceData)).Check();
            var catalogue = Catalogue.Load(parse.GetValue(standards));
            var path = parse.GetValue(project)!;
            var opened = await ProjectSource.OpenAsync(path, CommonOptions.Limits(parse), console, ct, parse.GetValue(standards));
            var shared = ProjectLocation.Database(path);
            var options = new PlannerOptions
            {
                Map = opened.Map,
                DatasetName = opened.Name,
                DatasetId = shared?.Schema ?? DatasetId(path),
                UnitsAsOf = opened.UnitsAsOf,
                Catalogue = catalogue,
                ScenariosFolder = parse.GetValue(scenarios) ?? (shared is null ? DefaultScenariosFolder(path) : shared.Schema + ".scenarios"),
                SharedProject = shared,
                DefaultAsOf = DefaultDate(parse.GetValue(asOf), catalogue, console),
                Provenance = opened.Provenance,
                Issues = opened.Issues,
                Templates = DocumentOptions.LoadTemplates(parse.GetValue(templates)),
                References = new Data.References.ReferenceSources(opened.Map, parse.GetValue(referenceData) ?? BesideDataset(path)),
                People = shared is null ? null : new Data.Store.Postgis.ProjectAccounts(shared).RoleOfAsync,
            };
            await using var app = PlannerApp.Build(options, addresses, parse.GetValue(CommonOptions.Verbose) ? LogLevel.Information : LogLevel.Warning);
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"--urls {string.Join(';', addresses)}: cannot listen there ({e.Message.TrimEnd('.')}); is another planner running?");
            }

            IEnumerable<string> bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? (IEnumerable<string>)addresses;
            console.Out.MarkupLine($"[bold]Boundaries[/] — bản đồ quy hoạch: [link]{Markup.Escape(string.Join(", ", bound))}[/]");
            console.Out.MarkupLine(Markup.Escape($"Dữ liệu: {opened.Name}; đánh giá mặc định theo ngày {options.DefaultAsOf:dd/MM/yyyy}; phương án lưu tại {(shared is null ? Path.GetFullPath(options.ScenariosFolder) : $"cơ sở dữ liệu {shared.Display} (dùng chung, có phiên bản)")}"));
            console.Out.MarkupLine("[grey]Ctrl+C để dừng.[/]");
            try
            {
                await app.WaitForShutdownAsync(ct);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: the planner stops; every scenario was saved when it changed.
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The project's file or folder name without extension ("tra-vinh"), as scenario files name their baseline.</summary>
    internal static string DatasetId(string project)
    {
        var full = Path.GetFullPath(project).TrimEnd(Path.DirectorySeparatorChar);
        return Directory.Exists(full) ? Path.GetFileName(full) : Path.GetFileNameWithoutExtension(full);
    }

    /// <summary>PROJECT.scenarios beside the project file or dataset folder ("tra-vinh.gpkg" → "tra-vinh.scenarios").</summary>
    internal static string DefaultScenariosFolder(string project)
    {
        var full = Path.GetFullPath(project).TrimEnd(Path.DirectorySeparatorChar);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", DatasetId(project) + ".scenarios");
    }

    /// <summary>The folder above a dataset folder when it holds the national layers (data/boundaries of the repository), else null.</summary>
    internal static string? BesideDataset(string project)
    {
        var full = Path.GetFullPath(project).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Directory.Exists(full) ? Path.GetDirectoryName(full) : null;
        return parent is not null && (Directory.Exists(Path.Combine(parent, "vietnam-2025")) || Directory.Exists(Path.Combine(parent, "vietnam-c2013"))) ? parent : null;
    }

    /// <summary>The date given, else today when a regime is in force, else the last day of the latest regime (so the page opens on law the catalogue has).</summary>
    private static DateOnly DefaultDate(string? given, StandardsCatalogue catalogue, CliConsole console)
    {
        if (given is not null)
        {
            return Dates.Parse(given);
        }

        var today = DateOnly.FromDateTime(DateTime.Today);
        if (catalogue.Regimes.Any(r => r.InForceOn(today)) || catalogue.Regimes.Count == 0)
        {
            return today;
        }

        var last = catalogue.Regimes.Max(r => r.EffectiveTo ?? r.EffectiveFrom);
        console.Out.MarkupLine(Markup.Escape($"Không có tiêu chuẩn nào có hiệu lực ngày {today:dd/MM/yyyy} trong danh mục; mặc định đánh giá theo ngày {last:dd/MM/yyyy} (--as-of để chọn ngày khác)."));
        return last;
    }
}
