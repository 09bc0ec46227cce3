using Boundaries.Data.Import.Csv;

namespace Boundaries.Data.Import.Building;

/// <summary>Reads the official unit list of a manifest into units: the province, then each district and commune with type and parent.</summary>
internal sealed class UnitListReader
{
    private readonly CsvTable _table;
    private readonly ManifestUnitFields _fields;
    private readonly UnitCode? _provinceCode;
    private readonly UnitTable _units;
    private readonly List<DataIssue> _issues;

    private UnitListReader(CsvTable table, ManifestUnitFields fields, UnitCode? provinceCode, UnitTable units, List<DataIssue> issues)
    {
        _table = table;
        _fields = fields;
        _provinceCode = provinceCode;
        _units = units;
        _issues = issues;
    }

    /// <summary>Adds the manifest's province and the listed units to <paramref name="units"/>; returns the table read.</summary>
    public static CsvTable Read(DatasetManifest manifest, UnitTable units, List<DataIssue> issues)
    {
        var table = CsvTable.Read(manifest.Resolve(manifest.Units.File));
        UnitCode? provinceCode = null;
        if (manifest.Province is { } p)
        {
            if (!UnitTypes.TryParse(p.Type, out var provinceType) || provinceType.LevelOf() != UnitLevel.Province)
            {
                throw new InputDataException(manifest.Path, $"province: type '{p.Type}' is not a province type");
            }

            provinceCode = GsoCodes.Normalise(p.Code, UnitLevel.Province);
            units.TryAdd(new AdminUnit { Code = provinceCode!.Value, Name = UnitNames.WithoutType(p.Name, provinceType), Type = provinceType });
        }

        new UnitListReader(table, manifest.Units.Fields, provinceCode, units, issues).ReadRows();
        return table;
    }

    private void ReadRows()
    {
        var code = _table.RequireColumn(_fields.Code, "the unit code");
        var name = _table.RequireColumn(_fields.Name, "the unit name");
        var type = Optional(_fields.Type, "the unit type");
        var parent = Optional(_fields.Parent, "the parent code");
        var districtCode = Optional(_fields.DistrictCode, "the district code");
        var districtName = Optional(_fields.DistrictName, "the district name");
        var districtType = Optional(_fields.DistrictType, "the district type");
        foreach (var row in _table.Rows)
        {
            UnitCode? district = null;
            if (districtCode is not null)
            {
                district = AddDistrict(row, row[districtCode], row[districtName], row[districtType]);
            }

            var parentCode = district ?? GsoCodes.Normalise(row[parent]);
            AddUnit(row, row[code], row[name], row[type], parentCode, defaultLevel: districtCode is null ? null : UnitLevel.Commune);
        }
    }

    private UnitCode? AddDistrict(CsvRow row, string? rawCode, string? rawName, string? rawType)
    {
        if (GsoCodes.Normalise(rawCode, UnitLevel.District) is not { } code)
        {
            return null;
        }

        if (_units.Find(code) is { } known)
        {
            if (rawName is not null && UnitTypes.Fold(rawName) is var folded && folded != UnitTypes.Fold(known.FullName) && folded != UnitTypes.Fold(known.Name))
            {
                _issues.Add(Issue(IssueSeverity.Warning, "inconsistent-name", row, code,
                    $"district {code} is named '{rawName}' here but '{known.FullName}' on an earlier row; the first is kept"));
            }

            return code;
        }

        AddUnit(row, code.Value, rawName, rawType, _provinceCode, defaultLevel: UnitLevel.District);
        return code;
    }

    private void AddUnit(CsvRow row, string? rawCode, string? rawName, string? rawType, UnitCode? parentCode, UnitLevel? defaultLevel)
    {
        var provisional = GsoCodes.Normalise(rawCode);
        if (provisional is null)
        {
            _issues.Add(Issue(IssueSeverity.Warning, "missing-code", row, null, $"row without a code ('{rawName}') skipped"));
            return;
        }

        if (rawName is null)
        {
            _issues.Add(Issue(IssueSeverity.Warning, "missing-name", row, provisional, "unit without a name"));
        }

        var fullName = rawName ?? provisional.Value.Value;
        if (!UnitNames.TypeOf(rawType, fullName, provisional.Value.Value.Length, out var type))
        {
            _issues.Add(Issue(IssueSeverity.Error, "unknown-type", row, provisional,
                $"unit '{fullName}' has type '{rawType}', which is not a Vietnamese unit type, and none can be read from its name; skipped"));
            return;
        }

        var code = GsoCodes.Normalise(rawCode, type.LevelOf())!.Value;
        if (defaultLevel is { } level && type.LevelOf() != level)
        {
            _issues.Add(Issue(IssueSeverity.Warning, "unexpected-level", row, code, $"'{fullName}' is a {type.VietnameseName()}, listed where a {level} unit was expected"));
        }

        var unit = new AdminUnit
        {
            Code = code,
            Name = UnitNames.WithoutType(fullName, type),
            Type = type,
            ParentCode = type.LevelOf() == UnitLevel.Province ? null : parentCode,
        };
        if (!_units.TryAdd(unit))
        {
            _issues.Add(Issue(IssueSeverity.Warning, "duplicate-code", row, code,
                $"code {code} ('{fullName}') is listed again; the first row ('{_units.Find(code)!.FullName}') is kept"));
        }
    }

    private int? Optional(string? column, string purpose) => column is null ? null : _table.RequireColumn(column, purpose);

    private DataIssue Issue(IssueSeverity severity, string kind, CsvRow row, UnitCode? code, string message) =>
        new(severity, kind, $"line {row.Line}: {message}") { File = _table.File, Code = code };
}
