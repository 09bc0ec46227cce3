using System.Globalization;
using Boundaries.Core.Consultation;

namespace Boundaries.Data.Consultation;

/// <summary>Reads the consultation notice of a public hearing page: a small JSON file described in README.md beside this file.</summary>
public static class ConsultationNoticeJson
{
    /// <summary>Reads and checks the notice.</summary>
    /// <exception cref="InputDataException">The file is not JSON, a date is not YYYY-MM-DD, the dates are in the wrong order, or a place lacks its unit or place.</exception>
    public static ConsultationNotice Read(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InputDataException(path, $"not a JSON consultation notice ({e.Message})", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputDataException(path, "the consultation notice must be a JSON object");
            }

            var notice = new ConsultationNotice
            {
                Organiser = Text(root, "organiser"),
                From = Date(path, root, "from"),
                To = Date(path, root, "to"),
                Contact = Text(root, "contact"),
                Places = root.TryGetProperty("places", out var places) && places.ValueKind == JsonValueKind.Array
                    ? places.EnumerateArray().Select((p, i) => Place(path, p, i)).ToList()
                    : [],
            };
            if (notice.From > notice.To)
            {
                throw new InputDataException(path, $"\"from\" {notice.From:yyyy-MM-dd} is after \"to\" {notice.To:yyyy-MM-dd}");
            }

            return notice;
        }
    }

    private static ConsultationPlace Place(string path, JsonElement place, int index) =>
        new(
            Text(place, "unit") ?? throw new InputDataException(path, $"places[{index}]: \"unit\" is missing"),
            Text(place, "place") ?? throw new InputDataException(path, $"places[{index}]: \"place\" is missing"),
            Text(place, "hours"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Trim() is { Length: > 0 } text
            ? text
            : null;

    private static DateOnly? Date(string path, JsonElement root, string name) =>
        Text(root, name) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new InputDataException(path, $"\"{name}\": {text} is not a date YYYY-MM-DD");
}
