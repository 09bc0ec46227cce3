using Boundaries.Core.Planning;

namespace Boundaries.Cli.Planning;

/// <summary>The options of <c>boundaries plan</c> that become <see cref="PlanRules"/>.</summary>
internal sealed class PlanOptions
{
    public Option<int?> TargetUnits { get; } = new("--target-units") { Description = "The exact number of new commune-level units" };

    public Option<string?> Reduction { get; } = new("--reduction") { Description = "The share of units to remove, e.g. 70% (default 60%, the low end of the NQ 76/2025 aim of 60–70 %)" };

    public Option<int> Seed { get; } = new("--seed") { Description = "Solver seed; the same seed gives the same plan", DefaultValueFactory = _ => 1 };

    public Option<int> Alternatives { get; } = new("--alternatives") { Description = "Write this many distinct plans (plan.json, plan-2.json, …) with a trade-off table", DefaultValueFactory = _ => 1 };

    public Option<string[]> Keep { get; } = new("--keep") { Description = "Units kept as they are (codes)", AllowMultipleArgumentsPerToken = true };

    public Option<string[]> Together { get; } = new("--together") { Description = "Two units that must be in the same group: A,B (repeatable)" };

    public Option<string[]> Apart { get; } = new("--apart") { Description = "Two units that must not be in the same group: A,B (repeatable)" };

    public Option<string> Lines { get; } = new("--lines") { Description = "Lines groups may not cross: district (the old district lines) or none", DefaultValueFactory = _ => "district" };

    public Option<int> MaxGroupSize { get; } = new("--max-group-size") { Description = "At most this many units in one group", DefaultValueFactory = _ => 4 };

    public Option<string> MixTypes { get; } = new("--mix-types") { Description = "Whether a phường may be grouped with xã and thị trấn: yes or no", DefaultValueFactory = _ => "yes" };

    public Option<double> TimeLimit { get; } = new("--time-limit") { Description = "Solver budget in deterministic time units (about seconds of one core)", DefaultValueFactory = _ => 4 };

    public PlanOptions()
    {
        Lines.AcceptOnlyFromAmong("district", "none");
        MixTypes.AcceptOnlyFromAmong("yes", "no");
    }

    public IEnumerable<Option> All => [TargetUnits, Reduction, Seed, Alternatives, Keep, Together, Apart, Lines, MaxGroupSize, MixTypes, TimeLimit];

    public PlanRules Read(ParseResult parse, AdminMap map)
    {
        var target = parse.GetValue(TargetUnits);
        var reduction = parse.GetValue(Reduction);
        if (target is not null && reduction is not null)
        {
            throw new UsageException("--target-units and --reduction: give one of them, not both");
        }

        var size = parse.GetValue(MaxGroupSize);
        if (size is < 1 or > 8)
        {
            throw new UsageException($"--max-group-size {size}: must be between 1 and 8");
        }

        return new PlanRules
        {
            TargetUnits = target is { } t && t < 1 ? throw new UsageException($"--target-units {t}: must be at least 1") : target,
            Reduction = reduction is null ? PlanRules.DefaultReduction : Percent(reduction),
            Seed = parse.GetValue(Seed),
            Alternatives = Math.Max(1, parse.GetValue(Alternatives)),
            Keep = (parse.GetValue(Keep) ?? []).Select(c => Known(map, "--keep", c)).ToHashSet(),
            Together = Pairs(parse.GetValue(Together), "--together", map),
            Apart = Pairs(parse.GetValue(Apart), "--apart", map),
            KeepDistrictLines = parse.GetValue(Lines) == "district",
            MaxGroupSize = size,
            MixTypes = parse.GetValue(MixTypes) == "yes",
            DeterministicTimeLimit = parse.GetValue(TimeLimit),
        };
    }

    private static double Percent(string text)
    {
        var number = text.TrimEnd('%', ' ');
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p > 0 && p < 100
            ? p / 100
            : throw new UsageException($"--reduction {text}: give a percentage between 0 and 100, e.g. 70%");
    }

    private static List<(UnitCode, UnitCode)> Pairs(string[]? values, string option, AdminMap map) =>
        (values ?? []).Select(v => v.Split(',', StringSplitOptions.TrimEntries) is [var a, var b]
            ? (Known(map, option, a), Known(map, option, b))
            : throw new UsageException($"{option} {v}: give two codes separated by a comma, e.g. 29245,29242")).ToList();

    private static UnitCode Known(AdminMap map, string option, string code) =>
        map.Find(code) is { Level: UnitLevel.Commune } unit ? unit.Code : throw new UsageException($"{option} {code}: no commune-level unit with this code in the map");
}
