using Boundaries.Core.Quality;
using Boundaries.Core.Units;
using Boundaries.Data.Import.Layers;
using Boundaries.Data.Import.Manifest;
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
        foreach (var entry in _layers)
        {
            unassigned.AddRange(ReadLayer(entry));
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

    private IReadOnlyList<UnassignedArea> ReadLayer(ManifestLayer entry)
    {
        var path = _manifest.Resolve(entry.File);
        Starting("reading", path);
        var done = _files.Count;
        var layer = LayerReader.Read(path, entry.Layer, entry.Encoding,
            (features, total, fraction) => _progress?.Report(new ImportProgress("reading", path, done, _filesTotal, features, total, fraction)));
        _issues.AddRange(layer.Issues);
        var placed = LayerPlacement.ToLonLat(layer, entry.Crs, "manifest", _issues);
        _progress?.Report(new ImportProgress("checking geometry", path, done, _filesTotal, 0, layer.Features.Count, null));
        placed = GeometryCheck.Run(placed, _options.FixGeometry, f => LayerMatcher.CodeOf(f, entry, _units), _issues, _repairs);
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

    private string? ProvinceGeometry(bool hasProvinceLayer)
    {
        if (hasProvinceLayer)
        {
            return "from the province layer";
        }

        var provinces = _units.InOrder().Where(u => u.Level == UnitLevel.Province).ToList();
        var descriptions = new List<string>();
        foreach (var province in provinces)
        {
            // The units directly under the province: its districts, or (two-tier map, since 2025) its communes.
            var parts = _units.InOrder().Where(u => u.ParentCode == province.Code).ToList();
            var (geometry, description) = ProvinceOutline.Of(parts);
            _units.Replace(geometry is not null ? province with { Geometry = geometry } : province with { GeometryNote = $"No province polygon: {description}." });
            descriptions.Add(provinces.Count == 1 ? description : $"{province.Code}: {description}");
        }

        return descriptions.Count == 0 ? null : string.Join("; ", descriptions);
    }

    private void Starting(string stage, string? file) =>
        _progress?.Report(new ImportProgress(stage, file, _files.Count, _filesTotal, 0, null, 0));
}
