using Boundaries.Core.Quality;
using Boundaries.Data.Projects;

namespace Boundaries.Cli;

/// <summary>The one rule every command applies to imported data: error-level problems refuse the input, unless the user chose to leave those features out.</summary>
internal static class InvalidFeatures
{
    /// <summary>Returns the build when it has no error; with <paramref name="skip"/>, the build without the units in error (their issues kept as warnings); else throws naming each error.</summary>
    public static ProjectBuildResult Enforce(string path, ProjectBuildResult built, bool skip, TextWriter stderr, string skipHint)
    {
        var errors = built.Project.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return built;
        }

        if (!skip)
        {
            var fix = errors.Any(e => e.Kind == "invalid-geometry") ? "; --fix-geometry repairs invalid polygons (recorded in the report)" : "";
            if (errors.Count == 1)
            {
                throw new InputDataException(path, $"refused: {errors[0]}; nothing was written{fix}; {skipHint}");
            }

            foreach (var e in errors)
            {
                stderr.WriteLine($"boundaries: {e}");
            }

            throw new InputDataException(path, $"refused: {errors.Count} errors in the input (listed above); nothing was written{fix}; {skipHint}");
        }

        var left = errors.Where(e => e.Code is not null).Select(e => e.Code!.Value).ToHashSet();
        var project = built.Project;
        var map = new AdminMap(project.Map.Units.Where(u => !left.Contains(u.Code)), project.Map.Unassigned);
        var issues = project.Issues
            .Select(i => i.Severity == IssueSeverity.Error ? i with { Severity = IssueSeverity.Warning, Message = $"{i.Message}; feature left out (--skip-invalid)" } : i)
            .ToList();
        return built with { Project = project with { Map = map, Issues = issues } };
    }
}
