using Boundaries.Data.Import;

namespace Boundaries.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>Print stack traces with errors.</summary>
    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Show details (stack traces) with errors",
        Recursive = true,
    };

    /// <summary>Refuse a raw dataset's layer with more features than this; every command that reads a dataset takes it.</summary>
    public static readonly Option<int> MaxFeatures = new("--max-features")
    {
        Description = $"When reading a dataset (not a project file): refuse a layer with more features than this (default {ReadLimits.DefaultMaxFeatures})",
        DefaultValueFactory = _ => ReadLimits.DefaultMaxFeatures,
        Recursive = true,
    };

    /// <summary>Refuse a raw dataset's feature with more vertices than this; every command that reads a dataset takes it.</summary>
    public static readonly Option<int> MaxVertices = new("--max-vertices")
    {
        Description = $"When reading a dataset (not a project file): refuse a feature with more vertices than this (default {ReadLimits.DefaultMaxVertices})",
        DefaultValueFactory = _ => ReadLimits.DefaultMaxVertices,
        Recursive = true,
    };

    /// <summary>The read limits the command line gives (the defaults unless raised).</summary>
    public static ReadLimits Limits(ParseResult parse) =>
        new(Positive(parse.GetValue(MaxFeatures), "--max-features"), Positive(parse.GetValue(MaxVertices), "--max-vertices"));

    /// <summary>The project file or dataset a command reads.</summary>
    public static Argument<string> Project() => new("project")
    {
        Description = "A project file (.gpkg) written by 'boundaries import', or a dataset folder / GeoJSON / Shapefile to import on the fly",
    };

    /// <summary>An output format among the given choices.</summary>
    public static Option<string> Format(params string[] choices)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Output format: {string.Join(", ", choices)}",
            DefaultValueFactory = _ => choices[0],
        };
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    /// <summary>Write the output to a file instead of standard output.</summary>
    public static Option<string?> OutFile() => new("--out")
    {
        Description = "Write to this file (atomically) instead of standard output",
    };

    /// <summary>What a command's --as-of is left out for most often: a scenario's day, else today.</summary>
    public const string ScenarioDateElseToday = "the scenario's effective date, else today";

    /// <summary>The date option, YYYY-MM-DD: the law in force on it is applied, unless <paramref name="purpose"/> says what else the date is for.</summary>
    /// <param name="whenLeftOut">The date taken without the option, as the help says it ("today").</param>
    /// <param name="purpose">What the date does, when not only choosing the law.</param>
    public static Option<string?> AsOf(string whenLeftOut, string purpose = "Evaluate under the law in force on this date") => new("--as-of")
    {
        Description = $"{purpose} (YYYY-MM-DD; default: {whenLeftOut})",
    };

    /// <summary>The output a command must be given: a file or a folder, as <paramref name="description"/> says.</summary>
    public static Option<string> Out(string description) => new("--out") { Description = description, Required = true };

    /// <summary>The standards catalogue folder, when not the one shipped with the program.</summary>
    public static Option<string?> Standards() => new("--standards")
    {
        Description = "Standards catalogue folder (default: the one shipped with the program)",
    };

    private static int Positive(int value, string option) =>
        value > 0 ? value : throw new UsageException($"{option} {value}: give a positive number");
}
