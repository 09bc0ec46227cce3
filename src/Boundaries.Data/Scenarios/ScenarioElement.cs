using System.Globalization;

namespace Boundaries.Data.Scenarios;

/// <summary>A JSON value of a scenario file with its place ("operation 2 (merge), field units[1]"), so every error can name it.</summary>
internal readonly struct ScenarioElement(JsonElement element, string file, string path, string? operation)
{
    public JsonElement Value { get; } = element;

    public string Path { get; } = path;

    /// <summary>An error naming the file, the operation and the field.</summary>
    public InputDataException Fail(string problem)
    {
        var where = operation is null ? $"trường {Path}" : $"{operation}, trường {Path}";
        return new InputDataException(file, $"{where}: {problem}");
    }

    /// <summary>The same place, now known to be inside an operation.</summary>
    public ScenarioElement InOperation(string name) => new(Value, file, Path, name);

    public bool Has(string name) => Value.ValueKind == JsonValueKind.Object && Value.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public ScenarioElement Required(string name) =>
        Has(name) ? Child(name) : throw Fail($"thiếu trường bắt buộc \"{name}\"");

    public ScenarioElement? Optional(string name) => Has(name) ? Child(name) : null;

    public string String()
    {
        if (Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(Value.GetString()))
        {
            throw Fail($"cần một chuỗi không rỗng, gặp {Describe()}");
        }

        return Value.GetString()!.Trim();
    }

    public string RequiredString(string name) => Required(name).String();

    public string? OptionalString(string name) => Optional(name)?.String();

    public long Integer()
    {
        if (Value.ValueKind != JsonValueKind.Number || !Value.TryGetInt64(out var n))
        {
            throw Fail($"cần một số nguyên, gặp {Describe()}");
        }

        return n;
    }

    public double Number()
    {
        if (Value.ValueKind != JsonValueKind.Number)
        {
            throw Fail($"cần một số, gặp {Describe()}");
        }

        return Value.GetDouble();
    }

    public bool Boolean() => Value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Fail($"cần true hoặc false, gặp {Describe()}"),
    };

    public DateOnly Date()
    {
        var text = String();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw Fail($"cần một ngày có thật trên lịch theo dạng năm-tháng-ngày (YYYY-MM-DD), gặp \"{text}\"");
    }

    public IReadOnlyList<ScenarioElement> Array()
    {
        if (Value.ValueKind != JsonValueKind.Array)
        {
            throw Fail($"cần một mảng, gặp {Describe()}");
        }

        var (file1, path1, op1) = (file, Path, operation);
        return Value.EnumerateArray().Select((e, i) => new ScenarioElement(e, file1, $"{path1}[{i}]", op1)).ToList();
    }

    public IEnumerable<(string Name, ScenarioElement Value)> Properties()
    {
        if (Value.ValueKind != JsonValueKind.Object)
        {
            throw Fail($"cần một đối tượng, gặp {Describe()}");
        }

        var (file1, path1, op1) = (file, Path, operation);
        return Value.EnumerateObject().Select(p => (p.Name, new ScenarioElement(p.Value, file1, $"{path1}.{p.Name}", op1))).ToList();
    }

    /// <summary>Fails on any property not in <paramref name="known"/>, so a misspelt field is not silently ignored.</summary>
    public void OnlyFields(params string[] known)
    {
        foreach (var (name, value) in Properties())
        {
            if (!known.Contains(name))
            {
                throw value.Fail($"trường không được hỗ trợ; các trường hợp lệ: {string.Join(", ", known)}");
            }
        }
    }

    private ScenarioElement Child(string name) =>
        new(Value.GetProperty(name), file, Path.Length == 0 ? name : $"{Path}.{name}", operation);

    private string Describe() => Value.ValueKind switch
    {
        JsonValueKind.String => $"\"{Value.GetString()}\"",
        JsonValueKind.Number => Value.GetRawText(),
        _ => Value.ValueKind.ToString().ToLowerInvariant(),
    };
}
