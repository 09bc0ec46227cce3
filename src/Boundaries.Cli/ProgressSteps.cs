namespace Boundaries.Cli;

/// <summary>Long work as a list of steps, each with its own progress bar on a terminal; silent when output is redirected.</summary>
internal sealed class ProgressSteps
{
    private readonly ProgressContext? _context;
    private ProgressTask? _current;

    private ProgressSteps(ProgressContext? context) => _context = context;

    /// <summary>Runs <paramref name="work"/>, showing the steps it starts as progress bars when the console is interactive.</summary>
    public static async Task<T> RunAsync<T>(CliConsole console, Func<ProgressSteps, Task<T>> work)
    {
        if (!console.IsInteractive)
        {
            return await work(new ProgressSteps(null));
        }

        return await console.Out.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var steps = new ProgressSteps(ctx);
                var result = await work(steps);
                steps.Complete();
                return result;
            });
    }

    /// <summary>Starts a step (completing the previous one) and returns where to report its fraction done, 0 to 1.</summary>
    public IProgress<double> Step(string description)
    {
        Complete();
        if (_context is null)
        {
            return new Reporter(_ => { });
        }

        var task = _context.AddTask(Markup.Escape(description), maxValue: 1.0);
        _current = task;
        return new Reporter(fraction => task.Value = Math.Clamp(fraction, 0, 1));
    }

    /// <summary>Renames the running step, e.g. with the file being read.</summary>
    public void Describe(string description)
    {
        if (_current is not null)
        {
            _current.Description = Markup.Escape(description);
        }
    }

    private void Complete()
    {
        if (_current is not null)
        {
            _current.Value = _current.MaxValue;
            _current.StopTask();
        }
    }

    /// <summary>Reports on the caller's thread, in order (System.Progress posts to the thread pool).</summary>
    private sealed class Reporter(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
