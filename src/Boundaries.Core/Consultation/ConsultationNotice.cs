namespace Boundaries.Core.Consultation;

/// <summary>When and where a commune's people are consulted on a scenario, as the organiser announces it on the public hearing page.</summary>
public sealed record ConsultationNotice
{
    /// <summary>Nothing announced yet: the page says the dates and places will be announced.</summary>
    public static ConsultationNotice None { get; } = new();

    /// <summary>Who organises the consultation ("Ủy ban nhân dân thành phố Trà Vinh"), or null for the province's People's Committee.</summary>
    public string? Organiser { get; init; }

    /// <summary>The first day of the consultation, or null when not yet announced.</summary>
    public DateOnly? From { get; init; }

    /// <summary>The last day of the consultation, or null when not yet announced.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Where ballots are received, commune by commune.</summary>
    public IReadOnlyList<ConsultationPlace> Places { get; init; } = [];

    /// <summary>Whom to ask (an office and its telephone), or null.</summary>
    public string? Contact { get; init; }
}
