using System.Globalization;
using Boundaries;

namespace Boundaries.Documents.Figures;

/// <summary>Reads a scenario's official figures: tab-separated, with the columns <c>code,moment,area_km2,population,note</c> (moment "truoc" or "sau").</summary>
public static class OfficialFiguresCsv
{
    /// <summary>The figures file of a scenario: beside it, named <c>NAME.so-lieu.tsv</c>; null when there is none.</summary>
    public static string? Beside(string scenarioPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scenarioPath);
        var path = Path.Combine(Path.GetDirectoryName(scenarioPath) ?? "", Path.GetFileNameWithoutExtension(scenarioPath) + ".so-lieu.tsv");
        return File.Exists(path) ? path : null;
    }

    /// <summary>Reads the file.</summary>
    /// <exception cref="InputDataException">A column is missing or a value is not a number.</exception>
    public static IReadOnlyList<OfficialFigure> Read(string path)
    {
        var lines = File.ReadAllLines(path).Select(l => l.Split('\t')).ToList();
        var header = lines.Count > 0 ? lines[0].Select(h => h.Trim()).ToList() : [];
        int Column(string name) => header.IndexOf(name) is >= 0 and var i ? i : throw new InputDataException(path, $"column '{name}' is missing");
        var (code, moment, area, population, note) = (Column("code"), Column("moment"), Column("area_km2"), Column("population"), Column("note"));
        var list = new List<OfficialFigure>();
        foreach (var (cells, index) in lines.Skip(1).Select((r, i) => (r, i)).Where(p => p.r.Any(c => c.Trim().Length > 0)))
        {
            string? Cell(int column) => column < cells.Length ? cells[column].Trim() : null;
            var line = index + 2;
            var when = Cell(moment) switch
            {
                "truoc" => false,
                "sau" => true,
                var other => throw new InputDataException(path, $"line {line}: moment '{other}' must be 'truoc' or 'sau'"),
            };
            double? km2 = string.IsNullOrWhiteSpace(Cell(area)) ? null
                : double.TryParse(Cell(area), NumberStyles.Float, CultureInfo.InvariantCulture, out var a) ? a
                : throw new InputDataException(path, $"line {line}: area_km2 '{Cell(area)}' is not a number");
            long? people = string.IsNullOrWhiteSpace(Cell(population)) ? null
                : long.TryParse(Cell(population), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p
                : throw new InputDataException(path, $"line {line}: population '{Cell(population)}' is not a whole number");
            list.Add(new OfficialFigure(Cell(code) ?? "", when, km2, people, Cell(note) ?? ""));
        }

        return list;
    }
}
