namespace Boundaries.Data.Import.Building;

/// <summary>Guesses which attributes of a single file hold code, name, type and parent, from the names Vietnamese sources use.</summary>
/// <remarks>
/// Names are compared without case, diacritics or separators ("TÊN_XÃ", "ten xa" and "tenxa" are equal). Exact
/// candidates are tried in order of preference; then attributes ending in a long candidate
/// ("x_gso2023_commune_code" ends in "communecode"). Fields given in the options always win.
/// </remarks>
internal static class FieldGuesser
{
    private static readonly string[] CodeCandidates =
    [
        "code", "ma", "maxa", "maphuongxa", "madvhc", "madonvi", "madvhcxa", "mahc", "madv", "communecode", "wardcode",
        "gsocode", "codegso", "mahuyen", "maquanhuyen", "districtcode", "matinh", "provincecode",
    ];

    private static readonly string[] NameCandidates =
    [
        "name", "ten", "tenxa", "tenphuongxa", "tendvhc", "tendonvi", "communename", "wardname", "commune", "ward",
        "tenhuyen", "tenquanhuyen", "districtname", "district", "tentinh", "provincename", "province",
    ];

    private static readonly string[] TypeCandidates =
    [
        "type", "loai", "loaidvhc", "loaihinh", "cap", "capdvhc", "unittype", "communetype", "wardtype", "loaixa",
        "districttype", "loaihuyen", "provincetype",
    ];

    private static readonly string[] ParentCandidates =
    [
        "parent", "parentcode", "macha", "madvcha", "mahuyen", "maquanhuyen", "districtcode", "matinh", "provincecode",
    ];

    /// <summary>The mapping for a layer with these attribute names; <paramref name="given"/> fields must exist and are kept.</summary>
    public static FieldMapping Guess(IReadOnlyCollection<string> fields, FieldMapping? given, string file)
    {
        var code = Given(given?.Code, fields, file) ?? Pick(CodeCandidates, fields, [])
            ?? throw new InputDataException(file,
                $"no unit code field found among {string.Join(", ", fields)}; name it with --code-field FIELD");
        var name = Given(given?.Name, fields, file) ?? Pick(NameCandidates, fields, [code]);
        var type = Given(given?.Type, fields, file) ?? Pick(TypeCandidates, fields, [code, name]);
        var parent = Given(given?.Parent, fields, file) ?? Pick(ParentCandidates, fields, [code, name, type]);
        return new FieldMapping(code, name, type, parent);
    }

    /// <summary>A field name folded for comparison: lower case, no diacritics, no separators.</summary>
    public static string Key(string field) => UnitTypes.Fold(field).Replace(" ", "");

    private static string? Given(string? field, IReadOnlyCollection<string> fields, string file)
    {
        if (field is null)
        {
            return null;
        }

        return fields.FirstOrDefault(f => string.Equals(f, field, StringComparison.OrdinalIgnoreCase))
            ?? fields.FirstOrDefault(f => Key(f) == Key(field))
            ?? throw new InputDataException(file, $"no field '{field}'; fields are {string.Join(", ", fields)}");
    }

    private static string? Pick(string[] candidates, IReadOnlyCollection<string> fields, string?[] taken)
    {
        var free = fields.Where(f => !taken.Contains(f)).ToList();
        foreach (var candidate in candidates)
        {
            if (free.FirstOrDefault(f => Key(f) == candidate) is { } exact)
            {
                return exact;
            }
        }

        foreach (var candidate in candidates.Where(c => c.Length >= 8))
        {
            if (free.FirstOrDefault(f => Key(f).EndsWith(candidate, StringComparison.Ordinal)) is { } suffixed)
            {
                return suffixed;
            }
        }

        return null;
    }
}
