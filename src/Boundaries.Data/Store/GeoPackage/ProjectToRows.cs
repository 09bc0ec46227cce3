using Boundaries.Data.Scenarios;
using System.Globalization;
using NetTopologySuite.Geometries;

namespace Boundaries.Data.Store.GeoPackage;

/// <summary>Turns a project into the rows of its tables; row ids follow the project's order.</summary>
internal static class ProjectToRows
{
    public static List<UnitFeatureRow> Units(IEnumerable<AdminUnit> units) =>
        units.Select((u, i) => new UnitFeatureRow
        {
            Fid = i + 1,
            Geometry = u.Geometry is null ? null : GeometryBlob.ToMultiPolygon(u.Geometry, $"unit {u}"),
            Code = u.Code.Value,
            Name = u.Name,
            FullName = u.FullName,
            Type = u.Type.VietnameseName(),
            ParentCode = u.ParentCode?.Value,
            Population = u.Population?.Value,
            PopulationYear = u.Population?.Year,
            PopulationSource = u.Population?.Source,
            AreaKm2 = u.GeodesicAreaKm2,
            OfficialAreaKm2 = u.OfficialArea?.Km2,
            OfficialAreaYear = u.OfficialArea?.Year,
            OfficialAreaSource = u.OfficialArea?.Source,
            Region = u.Region.ToString(),
            GeometryStatus = u.GeometryStatus.ToString(),
            GeometryNote = u.GeometryNote,
        }).ToList();

    public static List<UnassignedAreaRow> Unassigned(IEnumerable<UnassignedArea> areas) =>
        areas.Select((a, i) => new UnassignedAreaRow
        {
            Fid = i + 1,
            Geometry = GeometryBlob.ToMultiPolygon(a.Geometry, $"unassigned area {a.Name}"),
            Name = a.Name,
            ParentCode = a.ParentCode?.Value,
            AreaKm2 = a.GeodesicAreaKm2,
            GeometryStatus = GeometryStatus.Present.ToString(),
            GeometryNote = a.Note,
            CoversCodes = string.Join(',', a.CoversCodes.Select(c => c.Value)),
        }).ToList();

    public static List<SpecialFactorRow> SpecialFactors(IEnumerable<AdminUnit> units) =>
        units.SelectMany(u => u.SpecialFactors.Select(f => (u.Code, Factor: f)))
            .Select((x, i) => new SpecialFactorRow
            {
                Fid = i + 1,
                Code = x.Code.Value,
                Kind = x.Factor.Kind,
                Reason = x.Factor.Reason,
                Source = x.Factor.Source,
                Value = x.Factor.Value,
            }).ToList();

    public static List<OfficialPopulationRow> OfficialPopulations(IEnumerable<AdminUnit> units) =>
        units.Where(u => u.OfficialPopulation is not null)
            .Select((u, i) => new OfficialPopulationRow
            {
                Fid = i + 1,
                Code = u.Code.Value,
                Value = u.OfficialPopulation!.Value,
                Year = u.OfficialPopulation.Year,
                Source = u.OfficialPopulation.Source,
            }).ToList();

    public static List<FigureDoubtRow> Doubts(IEnumerable<AdminUnit> units) =>
        units.SelectMany(u => u.Doubts.Select(d => (u.Code, Doubt: d)))
            .Select((x, i) => new FigureDoubtRow
            {
                Fid = i + 1,
                Code = x.Code.Value,
                Figure = x.Doubt.Figure == DoubtedFigure.Area ? "area" : "population",
                Reason = x.Doubt.Reason,
                Source = x.Doubt.Source,
            }).ToList();

    public static List<CrosswalkRowRecord> Crosswalk(CodeCrosswalk? crosswalk) =>
        (crosswalk?.Rows ?? []).Select((r, i) => new CrosswalkRowRecord
        {
            Fid = i + 1,
            OldCode = r.OldCode.Value,
            OldName = r.OldName,
            OldProvince = r.OldProvince,
            NewCode = r.NewCode.Value,
            NewName = r.NewName,
            Share = r.Share == CrosswalkShare.Full ? "full" : "partial",
        }).ToList();

    public static List<DataIssueRow> Issues(IEnumerable<DataIssue> issues) =>
        issues.Select((d, i) => new DataIssueRow
        {
            Fid = i + 1,
            Severity = d.Severity.ToString(),
            Kind = d.Kind,
            Message = d.Message,
            File = d.File,
            FeatureIndex = d.FeatureIndex,
            Code = d.Code?.Value,
            Lon = d.Location?.X,
            Lat = d.Location?.Y,
            Magnitude = d.Magnitude,
        }).ToList();

    public static List<MetadataRow> Metadata(ProjectMetadata metadata, string? crosswalkSource = null)
    {
        var pairs = new List<(string Key, string Value)>
        {
            (ProjectFormat.FormatKey, ProjectFormat.Marker),
            (ProjectFormat.FormatVersionKey, ProjectFormat.Version.ToString(CultureInfo.InvariantCulture)),
            (ProjectFormat.DatasetNameKey, metadata.DatasetName),

            // ISO 8601 with the offset ("o"), so that the creator's local time reads back unchanged.
            (ProjectFormat.CreatedAtKey, metadata.CreatedAt.ToString("o", CultureInfo.InvariantCulture)),
            (ProjectFormat.ToolVersionKey, metadata.ToolVersion),
        };
        if (metadata.UnitsAsOf is { } asOf)
        {
            pairs.Add((ProjectFormat.UnitsAsOfKey, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        if (metadata.Baseline is { } baseline)
        {
            pairs.Add((ProjectFormat.BaselineKey, baseline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        pairs.AddRange(metadata.Sources.Select(s => (ProjectFormat.SourceKey, s)));
        pairs.AddRange(metadata.DatedChanges.Select(c => (ProjectFormat.DatedChangeKey, ScenarioFile.ToJson(c, schema: null))));
        if (crosswalkSource is not null)
        {
            pairs.Add((ProjectFormat.CrosswalkSourceKey, crosswalkSource));
        }

        return pairs.Select((p, i) => new MetadataRow { Fid = i + 1, Key = p.Key, Value = p.Value }).ToList();
    }

    /// <summary>The lon/lat bounds of the non-null geometries, or null when there are none.</summary>
    public static Envelope? Extent(IEnumerable<Geometry?> geometries)
    {
        Envelope? extent = null;
        foreach (var g in geometries.Where(g => g is { IsEmpty: false }))
        {
            extent ??= new Envelope();
            extent.ExpandToInclude(g!.EnvelopeInternal);
        }

        return extent;
    }
}
