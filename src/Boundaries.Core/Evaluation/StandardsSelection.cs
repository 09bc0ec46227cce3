using Boundaries.Core.Standards;

namespace Boundaries.Core.Evaluation;

/// <summary>The regime and programme period an evaluation uses, and why.</summary>
/// <param name="Regime">The standards regime.</param>
/// <param name="Programme">The arrangement programme period, or null when none covers the date.</param>
/// <param name="Notes">How they were chosen, and caveats such as a programme adopted after the date.</param>
public sealed record StandardsSelection(Regime Regime, ProgrammePeriod? Programme, IReadOnlyList<string> Notes)
{
    /// <summary>Chooses the regime in force and the programme period covering the date, unless the options name them.</summary>
    /// <exception cref="ArgumentException">A named regime or programme is not in the catalogue.</exception>
    /// <exception cref="NoRegimeInForceException">None is named and no regime is in force on the date.</exception>
    public static StandardsSelection For(StandardsCatalogue catalogue, EvaluationOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var date = options.AsOf.Iso();

        ProgrammePeriod? programme;
        if (options.ProgrammeId is { } programmeId)
        {
            programme = catalogue.FindPeriod(programmeId, options.AsOf) ?? throw new ArgumentException(
                $"No arrangement programme '{programmeId}' in the standards catalogue; known: {string.Join(", ", catalogue.ProgrammeIds)}.");
            notes.Add($"Programme named: {programmeId} → {programme.Period.Id}.");
            if (!programme.Period.Contains(options.AsOf))
            {
                notes.Add($"The period {programme.Period.Id} does not cover {date}; its criteria are applied as named.");
            }
        }
        else
        {
            programme = catalogue.PeriodOn(options.AsOf);
            notes.Add(programme is null
                ? $"No arrangement programme covers {date}: whether a unit must be arranged is not evaluated."
                : $"Programme covering {date}: {programme.Period.Id} ({programme.Programme.Basis.Instrument}).");
        }

        Regime regime;
        if (options.RegimeId is { } regimeId)
        {
            regime = catalogue.FindRegime(regimeId) ?? throw new ArgumentException(
                $"No standards regime '{regimeId}' in the standards catalogue; known: {string.Join(", ", catalogue.Regimes.Select(r => r.Id))}.");
            notes.Add($"Regime named: {regime.Id}.");
        }
        else if (catalogue.RegimeOn(options.AsOf) is { } inForce)
        {
            regime = inForce;
            notes.Add($"Regime in force on {date}: {regime.Id} ({regime.Title}).");
        }
        else if (options.ProgrammeId is not null && programme is not null && catalogue.FindRegime(programme.Programme.StandardsRegimeId) is { } ofProgramme)
        {
            regime = ofProgramme;
            notes.Add($"No regime in force on {date} in the catalogue; the standards {programme.Programme.Id} refers to ({regime.Id}) are applied.");
        }
        else
        {
            throw new NoRegimeInForceException(options.AsOf, catalogue.Regimes);
        }

        if (programme is not null)
        {
            if (programme.Programme.StandardsRegimeId != regime.Id)
            {
                notes.Add($"{programme.Programme.Basis.Instrument} measures units against {programme.Programme.StandardsRegimeId}, but {regime.Id} is applied.");
            }

            if (options.AsOf < programme.Programme.Adopted)
            {
                notes.Add($"{programme.Programme.Basis.Instrument} was adopted on {programme.Programme.Adopted.Iso()}, after {date}; " +
                          $"its criteria for the period {programme.Period.From.Year}–{programme.Period.To.Year} are applied.");
            }
        }

        return new StandardsSelection(regime, programme, notes);
    }
}
