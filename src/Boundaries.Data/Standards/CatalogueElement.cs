using System.Globalization;

namespace Boundaries.Data.Standards;

/// <summary>A JSON element of a catalogue file that knows its file, path and enclosing rule, so that every error can name them.</summary>
internal readonly struct CatalogueElement(JsonElement element, string file, string path, string? ruleId)
{
    public JsonElement Element => element;

    public string? RuleId => ruleId;

    public StandardsCatalogueException Fail(string problem, string? atPath = null) => new(file, ruleId, atPath ?? path, problem);

    public bool Has(string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public CatalogueElement Prop(string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"expected an object, found {element.ValueKind}");
        }

        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw Fail($"missing '{name}'", $"{path}.{name}");
        }

        return Child(value, $"{path}.{name}");
    }

    public string String(string name)
    {
        var p = Prop(name);
        return p.Element.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(p.Element.GetString())
            ? p.Element.GetString()!
            : throw p.Fail($"'{name}' must be a non-empty string");
    }

    public string? OptString(string name) => Has(name) ? String(name) : null;

    public double Number(string name, bool positive = true)
    {
        var p = Prop(name);
        if (p.Element.ValueKind != JsonValueKind.Number || !p.Element.TryGetDouble(out var value) || double.IsNaN(value))
        {
            throw p.Fail($"'{name}' must be a number, found {p.Element.GetRawText()}");
        }

        return positive && value <= 0 ? throw p.Fail($"'{name}' must be positive, found {p.Element.GetRawText()}") : value;
    }

    public double? OptNumber(string name) => Has(name) ? Number(name) : null;

    public DateOnly Date(string name)
    {
        var text = String(name);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Prop(name).Fail($"'{name}' must be a date yyyy-MM-dd, found '{text}'");
    }

    public DateOnly? OptDate(string name) => Has(name) ? Date(name) : null;

    public IReadOnlyList<CatalogueElement> Array(string name, bool required = true)
    {
        if (!required && !Has(name))
        {
            return [];
        }

        var p = Prop(name);
        if (p.Element.ValueKind != JsonValueKind.Array)
        {
            throw p.Fail($"'{name}' must be an array");
        }

        var items = new List<CatalogueElement>();
        var i = 0;
        foreach (var item in p.Element.EnumerateArray())
        {
            var itemPath = $"{path}.{name}[{i++}]";
            var id = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
                ? idValue.GetString()
                : ruleId;
            items.Add(new CatalogueElement(item, file, itemPath, id));
        }

        return items;
    }

    public IReadOnlyList<string> Strings(string name, bool required = true) =>
        Array(name, required).Select(e => e.Element.ValueKind == JsonValueKind.String
            ? e.Element.GetString()!
            : throw e.Fail($"items of '{name}' must be strings")).ToList();

    public CatalogueElement WithRule(string id) => new(element, file, path, id);

    private CatalogueElement Child(JsonElement value, string childPath) => new(value, file, childPath, ruleId);
}
