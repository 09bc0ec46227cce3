namespace Boundaries.Core.Evaluation;

/// <summary>What to evaluate against: the date, optionally a named regime or programme, and which area to use.</summary>
/// <param name="AsOf">The date whose law applies.</param>
public sealed record EvaluationOptions(DateOnly AsOf)
{
    /// <summary>A regime id to use instead of the one in force on <see cref="AsOf"/>.</summary>
    public string? RegimeId { get; init; }

    /// <summary>A programme id ("nq35-2023") or period id ("nq35-2023/2026-2030") to use instead of the one covering <see cref="AsOf"/>.</summary>
    public string? ProgrammeId { get; init; }

    /// <summary>Official or computed area.</summary>
    public AreaBasis AreaBasis { get; init; } = AreaBasis.PreferOfficial;

    /// <summary>What the polygons of each level are (source and vintage), quoted where a computed area is used.</summary>
    public IReadOnlyDictionary<UnitLevel, string> GeometrySources { get; init; } = new Dictionary<UnitLevel, string>();
}
