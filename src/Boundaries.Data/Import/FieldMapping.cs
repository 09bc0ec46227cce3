namespace Boundaries.Data.Import;

/// <summary>Which attribute of a source holds the unit code, name, type and parent code.</summary>
/// <param name="Code">The field with the GSO code ("MA_XA", "ma", "commune_code").</param>
/// <param name="Name">The field with the name ("TEN_XA", "ten", "name").</param>
/// <param name="Type">The field with the unit type ("loai", "type"); when absent the type is read from the name's prefix.</param>
/// <param name="Parent">The field with the parent's code ("MA_HUYEN", "district_code").</param>
public sealed record FieldMapping(string? Code = null, string? Name = null, string? Type = null, string? Parent = null)
{
    /// <summary>The mapping as "code=MA_XA, name=TEN_XA, …" for the report.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { ("code", Code), ("name", Name), ("type", Type), ("parent", Parent) }
            .Where(p => p.Item2 is not null)
            .Select(p => $"{p.Item1}={p.Item2}"));
}
