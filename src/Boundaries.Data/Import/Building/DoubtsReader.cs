using Boundaries.Data.Import.Csv;

namespace Boundaries.Data.Import.Building;

/// <summary>Puts the measured doubts of a dataset's figures on its units: a CSV with columns code, figure (area | population), reason, source.</summary>
/// <remarks>One row per doubt; a unit may have several. Rows naming a unit outside the import (another province) are skipped silently when importing one province.</remarks>
internal static class DoubtsReader
{
    /// <summary>Reads the file the manifest names and adds each doubt to its unit; returns the table read.</summary>
    public static CsvTable Apply(DatasetManifest manifest, string file, UnitTable units, bool partial, List<DataIssue> issues)
    {
        var table = CsvTable.Read(manifest.Resolve(file));
        var code = table.RequireColumn("code", "the unit code");
        var figure = table.RequireColumn("figure", "the doubted figure (area or population)");
        var reason = table.RequireColumn("reason", "why the figure is doubtful");
        var source = table.RequireColumn("source", "who measured the doubt");
        foreach (var row in table.Rows)
        {
            DataIssue Issue(string message, UnitCode? unit) =>
                new(IssueSeverity.Warning, "doubt-skipped", $"line {row.Line}: {message}; row skipped") { File = table.File, Code = unit };

            if (GsoCodes.Find(row[code], units.Contains) is not { } unit || !units.Contains(unit))
            {
                if (!partial)
                {
                    issues.Add(Issue($"code '{row[code]}' is not in the unit list", null));
                }

                continue;
            }

            DoubtedFigure? what = row[figure] switch { "area" => DoubtedFigure.Area, "population" => DoubtedFigure.Population, _ => null };
            if (what is null || row[reason] is not { } why || row[source] is not { } by)
            {
                issues.Add(Issue("figure must be 'area' or 'population', with a reason and a source", unit));
                continue;
            }

            units.Update(unit, u => u with { Doubts = [.. u.Doubts, new FigureDoubt(what.Value, why, by)] });
        }

        return table;
    }
}
