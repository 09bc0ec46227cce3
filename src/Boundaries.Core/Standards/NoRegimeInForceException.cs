using System.Globalization;

namespace Boundaries.Core.Standards;

/// <summary>No standards regime of the catalogue is in force on a date, and none was named: nothing can be evaluated.</summary>
/// <remarks>Callers tell the user by the type and the figures carried here, never by reading the message.</remarks>
public sealed class NoRegimeInForceException : Exception
{
    /// <summary>The evaluation date.</summary>
    public DateOnly Date { get; }

    /// <summary>Every regime of the catalogue, with the period it is in force.</summary>
    public IReadOnlyList<Regime> Regimes { get; }

    /// <summary>No regime of <paramref name="regimes"/> is in force on <paramref name="date"/>.</summary>
    public NoRegimeInForceException(DateOnly date, IReadOnlyList<Regime> regimes)
        : base(Describe(date, regimes))
    {
        Date = date;
        Regimes = regimes;
    }

    private static string Describe(DateOnly date, IReadOnlyList<Regime> regimes)
    {
        ArgumentNullException.ThrowIfNull(regimes);
        return $"No standards regime in force on {Iso(date)} in the standards catalogue; known: " +
               string.Join(", ", regimes.Select(r => $"{r.Id} ({Iso(r.EffectiveFrom)}–{(r.EffectiveTo is { } to ? Iso(to) : "")})")) + ".";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
