using System.Collections.Concurrent;

namespace Boundaries.Web.Evaluation;

/// <summary>The baseline evaluated as of a date, on the same basis as every scenario (a scenario with no operation), kept per date.</summary>
internal sealed class BaselineViews
{
    private const int Kept = 16;
    private readonly PlannerContext _context;
    private readonly ConcurrentDictionary<DateOnly, Lazy<ScenarioView>> _views = new();

    /// <summary>Views of <paramref name="context"/>'s baseline.</summary>
    public BaselineViews(PlannerContext context) => _context = context;

    /// <summary>The baseline as of <paramref name="asOf"/>.</summary>
    /// <exception cref="Boundaries.Core.Standards.NoRegimeInForceException">No standards regime is in force on the date.</exception>
    public ScenarioView Of(DateOnly asOf)
    {
        if (_views.Count > Kept)
        {
            _views.Clear();
        }

        var lazy = _views.GetOrAdd(asOf, date => new Lazy<ScenarioView>(() =>
            ScenarioView.Build(_context, new ScenarioWorkspace(_context.Baseline), null, date, _context.BaselineOutlines)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            _views.TryRemove(asOf, out _);
            throw;
        }
    }
}
