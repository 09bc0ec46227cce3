using Boundaries.Data.Import.Layers;
using Boundaries.Data.Import.Validation;

namespace Boundaries.Data.Import.Building;

/// <summary>Imports a dataset folder as its manifest says: unit list, then polygon layers, then joins.</summary>
internal sealed class ManifestImport
{
    private readonly DatasetManifest _manifest;
    private readonly ImportOptions _options;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly List<DataIssue> _issues = [];
    private readonly List<GeometryRepair> _repairs = [];
    private readonly List<SourceFileSummary> _files = [];
    private readonly UnitTable _units = new();
    private readonly int _filesTotal;
    private readonly List<ManifestLayer> _layers;

    private ManifestImport(DatasetManifest manifest, ImportOptions options, IProgress<ImportProgress>? progress)
    {
        _manifest = manifest;
        _options = options;
        _progress = progress;
        _layers = manifest.Layers.Where(l => options.Province is null || l.Province is null || GsoCodes.Normalise(l.Province, UnitLevel.Province) == GsoCodes.Normalise(options.Province, UnitLevel.Province)).ToList();
        _filesTotal = 1 + _layers.Count + manifest.Joins.Count + (manifest.Doubts is null ? 0 : 1);
    }

    /// <summary>Runs the import.</summary>
    public static ImportResult Run(DatasetManifest manifest, ImportOptions options, IProgress<ImportProgress>? progress) =>
        new ManifestImport(manifest, options, progress).Run();

    private ImportResult Run()
    {
        Starting("reading", _manifest.Resolve(_manifest.Units.File));
        var unitList = UnitListReader.Read(_manifest, _units, _issues);
        _files.Add(new SourceFileSummary(unitList.File, "CSV", "units", unitList.Rows.Count));
        if (_options.Province is { } only)
        {
            ProvinceSelection.Keep(_units, only, _manifest.Path);
        }

        var unassigned = new List<UnassignedArea>();
        var layerFiles = new Dictionary<UnitLevel, string>();
        // A national dataset has one polygon file per province: reading, placing and checking them are independent
        // and run in parallel; matching to units stays in manifest order, so the result does not depend on timing.
        var prepared = _layers.Count > 2
            ? _layers.AsParallel().AsOrdered().Select(entry => Prepare(entry, reportFeatures: false)).ToList()
            : null;
        for (var i = 0; i < _layers.Count; i++)
        {
            var entry = _layers[i];
            unassigned.AddRange(Match(prepared?[i] ?? Prepare(entry, reportFeatures: true)));
            layerFiles[LayerRole.LevelOf(entry.Role)] = _manifest.Resolve(entry.File);
        }

        MissingGeometryNotes.Apply(_manifest, _units, layerFiles, _issues);
        var provinceGeometry = ProvinceGeometry(layerFiles.ContainsKey(UnitLevel.Province));

        foreach (var join in _manifest.Joins)
        {
            Starting("joining", _manifest.Resolve(join.File));
            var table = JoinApplier.Apply(_manifest, join, _units, _options.Province is not null, _issues);
            _files.Add(new SourceFileSummary(table.File, "CSV", "join", table.Rows.Count));
        }

        if (_manifest.Doubts is { } doubts)
        {
            Starting("joining", _manifest.Resolve(doubts));
            var table = DoubtsReader.Apply(_manifest, doubts, _units, _options.Province is not null, _issues);
            _files.Add(new SourceFileSummary(table.File, "CSV", "doubts", table.Rows.Count));
        }

        Starting("assembling", null);
        var units = _units.InOrder();
        HierarchyCheck.Run(units, unitList.File, parentsMayBeOutside: false, _issues);
        PopulationCheck.Run(units, _issues);
        var map = new AdminMap(units, unassigned);
        return new ImportResult(map, new ImportReport
        {
            Issues = _issues,
            Files = _files,
            Levels = ReportCounts.Of(units),
            Repairs = _repairs,
            UnassignedAreas = unassigned.Count,
            ProvinceGeometry = provinceGeometry,
        });
    }

    private PreparedLayer Prepare(ManifestLayer entry, bool reportFeatures)
    {
        var path = _manifest.Resolve(entry.File);
        var cache = _options.FixGeometry ? null : _options.CheckedLayers;
        var key = cache is null ? null : CheckedLayers.KeyOf(path, entry.Crs, entry.Layer, entry.Encoding);
        if (key is not null && cache!.Find(key, path) is { } kept)
        {
            return new PreparedLayer(entry, path, kept.Source, kept, [], []);
        }

        var done = _files.Count;
        if (reportFeatures)
        {
            Starting("reading", path);
        }

        var issues = new List<DataIssue>();
        var repairs = new List<GeometryRepair>();
        var layer = LayerReader.Read(path, entry.Layer, entry.Encoding, reportFeatures
            ? (features, total, fraction) => _progress?.Report(new ImportProgress("reading", path, done, _filesTotal, features, total, fraction))
            : null);
        issues.AddRange(layer.Issues);
        var placed = LayerPlacement.ToLonLat(layer, entry.Crs, "manifest", issues);
        if (reportFeatures)
        {
            _progress?.Report(new ImportProgress("checking geometry", path, done, _filesTotal, 0, layer.Features.Count, null));
        }

        placed = GeometryCheck.Run(placed, _options.FixGeometry, f => LayerMatcher.CodeOf(f, entry, _units), issues, repairs);
        if (key is not null && issues.Count == 0 && repairs.Count == 0 && PlacedLayerFile.CanWrite(placed))
        {
            cache!.Keep(key, placed);
        }

        return new PreparedLayer(entry, path, layer, placed, issues, repairs);
    }

    private IReadOnlyList<UnassignedArea> Match(PreparedLayer prepared)
    {
        var (entry, path, layer, placed, issues, repairs) = prepared;
        _progress?.Report(new ImportProgress("matching", path, _files.Count, _filesTotal, layer.Features.Count, layer.Features.Count, 1));
        _issues.AddRange(issues);
        _repairs.AddRange(repairs);
        var (areas, _) = LayerMatcher.Match(placed, entry, _manifest.Unassigned, _units, _issues);
        _files.Add(new SourceFileSummary(path, layer.Format, entry.Role, layer.Features.Count)
        {
            Layer = layer.LayerName,
            Epsg = placed.Epsg,
            CrsOrigin = placed.CrsOrigin,
            TextEncoding = layer.TextEncoding,
        });
        return areas;
    }

    private sealed record PreparedLayer(ManifestLayer Entry, string Path, SourceLayer Layer, PlacedLayer Placed, List<DataIssue> Issues, List<GeometryRepair> Repairs);

    private string? ProvinceGeometry(bool hasProvinceLayer)
    {
        if (hasProvinceLayer)
        {
            return "from the province layer";
        }

        var all = _units.InOrder();
        var provinces = all.Where(u => u.Level == UnitLevel.Province).ToList();
        var children = all.Where(u => u.ParentCode is not null).ToLookup(u => u.ParentCode!.Value);

        // The units directly under the province: its districts, or (two-tier map, since 2025) its communes. The 34
        // outlines of the national layer are independent dissolves, so they run in parallel.
        var outlines = provinces.AsParallel().AsOrdered().Select(p => ProvinceOutline.Of(children[p.Code].ToList())).ToList();
        var descriptions = new List<string>();
        foreach (var (province, (geometry, description)) in provinces.Zip(outlines))
        {
            _units.Replace(geometry is not null ? province with { Geometry = geometry } : province with { GeometryNote = $"Không có đa giác của tỉnh: {description}." });
            descriptions.Add(provinces.Count == 1 ? description : $"{province.Code}: {description}");
        }

        return descriptions.Count == 0 ? null : string.Join("; ", descriptions);
    }

    private void Starting(string stage, string? file) =>
        _progress?.Report(new ImportProgress(stage, file, _files.Count, _filesTotal, 0, null, 0));
}
