using System.Globalization;
using System.Text.Json;
using Boundaries;

namespace Boundaries.Documents.Legal;

/// <summary>The instruments a dossier may cite, read from <c>van-ban.json</c> of the templates.</summary>
public sealed class InstrumentCatalogue
{
    /// <summary>The file name of the catalogue in a templates folder.</summary>
    public const string FileName = "van-ban.json";

    private InstrumentCatalogue(IReadOnlyList<LegalInstrument> instruments) => Instruments = instruments;

    /// <summary>An empty catalogue: documents then cite no instrument by full title.</summary>
    public static InstrumentCatalogue Empty { get; } = new([]);

    /// <summary>Every instrument, in file order.</summary>
    public IReadOnlyList<LegalInstrument> Instruments { get; }

    /// <summary>The instrument with this id, or null.</summary>
    public LegalInstrument? Find(string id) => Instruments.FirstOrDefault(i => i.Id == id);

    /// <summary>The instrument whose number appears in <paramref name="text"/> ("NQ 35/2023/UBTVQH15 Điều 4"), or null.</summary>
    public LegalInstrument? FindIn(string text) =>
        Instruments.Where(i => i.Number.Length > 0 && text.Contains(i.Number, StringComparison.Ordinal))
            .OrderBy(i => text.IndexOf(i.Number, StringComparison.Ordinal))
            .FirstOrDefault();

    /// <summary>Reads the catalogue.</summary>
    /// <exception cref="InputDataException">The file is not valid JSON or an entry lacks its id, kind or issuer, or has a bad date.</exception>
    public static InstrumentCatalogue Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (!doc.RootElement.TryGetProperty("instruments", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new InputDataException(path, "no 'instruments' array");
            }

            var instruments = list.EnumerateArray().Select((e, i) => Read(path, e, i)).ToList();
            var ids = instruments.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in instruments.SelectMany(i => i.AmendedBy.Select(a => (i.Id, a))).Where(p => !ids.Contains(p.a)))
            {
                throw new InputDataException(path, $"instrument '{missing.Id}': amended_by '{missing.a}' is not in the file");
            }

            return new InstrumentCatalogue(instruments);
        }
        catch (JsonException e)
        {
            throw new InputDataException(path, $"not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }
    }

    private static LegalInstrument Read(string path, JsonElement e, int index)
    {
        string Text(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        IReadOnlyList<string> List(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        var id = Text("id");
        DateOnly? Date(string name)
        {
            var text = Text(name);
            if (text.Length == 0)
            {
                return null;
            }

            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new InputDataException(path, $"instrument '{id}' ($.instruments[{index}].{name}): '{text}' is not a date YYYY-MM-DD");
        }

        foreach (var required in new[] { "id", "kind", "issuer" }.Where(r => Text(r).Length == 0))
        {
            throw new InputDataException(path, $"instrument {index + 1} ($.instruments[{index}]): '{required}' is missing");
        }

        return new LegalInstrument(
            id,
            Text("kind"),
            Text("title"),
            Text("number"),
            Date("signed"),
            Text("issuer"),
            Text("subject"),
            Date("in_force_from"),
            Date("in_force_to"),
            List("roles"),
            List("amended_by"),
            Text("amendment_phrase"),
            Text("programme"),
            Text("draft"),
            Text("status") != "confirmed",
            List("sources"));
    }
}
