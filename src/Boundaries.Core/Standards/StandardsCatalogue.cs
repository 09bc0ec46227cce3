namespace Boundaries.Core.Standards;

/// <summary>The legal catalogue: dated standards regimes, arrangement programmes and orientations, each rule with a stable id.</summary>
/// <remarks>Built from data (data/standards/*.json, read by Boundaries.Data); nothing here is hard-coded law.</remarks>
public sealed class StandardsCatalogue
{
    /// <summary>Creates a catalogue; ids must be unique and no two regimes may be in force on the same day.</summary>
    public StandardsCatalogue(IEnumerable<Regime> regimes, IEnumerable<ArrangementProgramme> programmes, IEnumerable<Orientation> orientations)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        ArgumentNullException.ThrowIfNull(programmes);
        ArgumentNullException.ThrowIfNull(orientations);
        Regimes = regimes.OrderBy(r => r.EffectiveFrom).ToList();
        Programmes = programmes.OrderBy(p => p.Periods.Min(x => x.From)).ToList();
        Orientations = orientations.ToList();

        var ids = Regimes.Select(r => r.Id).Concat(Programmes.Select(p => p.Id)).Concat(Orientations.Select(o => o.Id))
            .Concat(Programmes.SelectMany(p => p.Periods).Select(p => p.Id));
        var duplicate = ids.GroupBy(id => id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Duplicate id '{duplicate.Key}' in the standards catalogue.", nameof(regimes));
        }

        for (var i = 1; i < Regimes.Count; i++)
        {
            var previous = Regimes[i - 1];
            if (previous.EffectiveTo is null || previous.EffectiveTo >= Regimes[i].EffectiveFrom)
            {
                throw new ArgumentException($"Regimes '{previous.Id}' and '{Regimes[i].Id}' overlap in time.", nameof(regimes));
            }
        }

        FactKinds = Regimes.SelectMany(r => r.SpecialFactors).SelectMany(f => f.FactKinds)
            .Concat(Programmes.SelectMany(p => p.Exemptions).Select(e => e.FactKind))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The standards regimes, oldest first.</summary>
    public IReadOnlyList<Regime> Regimes { get; }

    /// <summary>The arrangement programmes, oldest first.</summary>
    public IReadOnlyList<ArrangementProgramme> Programmes { get; }

    /// <summary>The orientations for units formed by an arrangement.</summary>
    public IReadOnlyList<Orientation> Orientations { get; }

    /// <summary>The per-unit fact kinds the rules read (special factors and exemption grounds).</summary>
    public IReadOnlySet<string> FactKinds { get; }

    /// <summary>The regime in force on the date, or null when the catalogue has none for it.</summary>
    public Regime? RegimeOn(DateOnly date) => Regimes.FirstOrDefault(r => r.InForceOn(date));

    /// <summary>The regime with this id, or null.</summary>
    public Regime? FindRegime(string id) => Regimes.FirstOrDefault(r => r.Id == id);

    /// <summary>Every programme period covering the date (empty when none does).</summary>
    public IReadOnlyList<ProgrammePeriod> PeriodsOn(DateOnly date) =>
        Programmes.SelectMany(p => p.Periods.Select(x => new ProgrammePeriod(p, x))).Where(pp => pp.Period.Contains(date)).ToList();

    /// <summary>The first programme period covering the date, or null.</summary>
    public ProgrammePeriod? PeriodOn(DateOnly date) =>
        Programmes.SelectMany(p => p.Periods.Select(x => new ProgrammePeriod(p, x))).FirstOrDefault(pp => pp.Period.Contains(date));

    /// <summary>A programme period by its id ("nq35-2023/2026-2030"), or by a programme id ("nq35-2023") with the period covering the date (else its first period).</summary>
    public ProgrammePeriod? FindPeriod(string id, DateOnly date)
    {
        foreach (var programme in Programmes)
        {
            var period = programme.Periods.FirstOrDefault(x => x.Id == id);
            if (period is not null)
            {
                return new ProgrammePeriod(programme, period);
            }

            if (programme.Id == id)
            {
                return new ProgrammePeriod(programme, programme.Periods.FirstOrDefault(x => x.Contains(date)) ?? programme.Periods[0]);
            }
        }

        return null;
    }

    /// <summary>The ids a user may name with --programme.</summary>
    public IEnumerable<string> ProgrammeIds => Programmes.SelectMany(p => p.Periods.Select(x => x.Id).Prepend(p.Id));
}
