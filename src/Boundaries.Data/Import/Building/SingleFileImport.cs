using Boundaries.Data.Import.Layers;
using Boundaries.Data.Import.Validation;

namespace Boundaries.Data.Import.Building;

/// <summary>Imports one GeoJSON, Shapefile or GeoPackage layer whose features are the units, with a guessed (or given) field mapping.</summary>
internal static class SingleFileImport
{
    /// <summary>Runs the import.</summary>
    public static ImportResult Run(string path, ImportOptions options, IProgress<ImportProgress>? progress)
    {
        var issues = new List<DataIssue>();
        var repairs = new List<GeometryRepair>();
        progress?.Report(new ImportProgress("reading", path, 0, 1, 0, null, 0));
        var layer = LayerReader.Read(path, options.Layer, options.Encoding,
            (features, total, fraction) => progress?.Report(new ImportProgress("reading", path, 0, 1, features, total, fraction)), options.Limits);
        issues.AddRange(layer.Issues);
        if (layer.Features.Count == 0 && !layer.Issues.Any(i => i.Severity == IssueSeverity.Error))
        {
            throw new InputDataException(path, "holds no features (an empty layer, or no 'features' array): nothing to import");
        }
        var fieldNames = layer.Features.SelectMany(f => f.Attributes.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var fields = FieldGuesser.Guess(fieldNames, options.Fields, path);
        var placed = LayerPlacement.ToLonLat(layer, options.Crs, "CRS option", issues);
        progress?.Report(new ImportProgress("checking geometry", path, 0, 1, 0, layer.Features.Count, null));
        placed = GeometryCheck.Run(placed, options.FixGeometry, f => GsoCodes.Normalise(f.Text(fields.Code)), issues, repairs);
        var units = FeatureUnits.Build(placed, fields, issues).InOrder();
        HierarchyCheck.Run(units, path, parentsMayBeOutside: true, issues);
        progress?.Report(new ImportProgress("assembling", null, 1, 1, layer.Features.Count, layer.Features.Count, 1));
        var summary = new SourceFileSummary(path, layer.Format, "features", layer.Features.Count)
        {
            Layer = layer.LayerName,
            Epsg = placed.Epsg,
            CrsOrigin = placed.CrsOrigin,
            TextEncoding = layer.TextEncoding,
        };
        return new ImportResult(new AdminMap(units), new ImportReport
        {
            Issues = issues,
            Files = [summary],
            Levels = ReportCounts.Of(units),
            Repairs = repairs,
            Fields = fields,
        });
    }
}
