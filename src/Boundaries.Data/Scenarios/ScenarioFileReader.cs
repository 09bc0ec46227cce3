using Boundaries.Core.Scenarios;

namespace Boundaries.Data.Scenarios;

/// <summary>Reads the top level of a scenario file; the operations are read by <see cref="OperationReader"/>.</summary>
internal static class ScenarioFileReader
{
    public static Scenario Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InputDataException(file, $"không phải JSON hợp lệ (dòng {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})", e);
        }

        using (document)
        {
            var root = new ScenarioElement(document.RootElement, file, "", null);
            root.OnlyFields(ScenarioJson.TopFields);
            if (root.OptionalString("format") is { } format && format != ScenarioJson.Format)
            {
                throw root.Required("format").Fail($"định dạng \"{format}\" không được hỗ trợ; phiên bản này đọc \"{ScenarioJson.Format}\"");
            }

            var baseline = root.Required("baseline");
            baseline.OnlyFields("dataset", "units_as_of");
            return new Scenario
            {
                Baseline = new ScenarioBaseline(baseline.RequiredString("dataset"), baseline.Optional("units_as_of")?.Date()),
                Title = root.RequiredString("title"),
                LegalBasis = root.Optional("legal_basis")?.Array().Select(LegalReference).ToList() ?? [],
                Author = root.OptionalString("author"),
                Date = root.Optional("date")?.Date(),
                EffectiveDate = root.Optional("effective_date")?.Date(),
                Description = root.OptionalString("description"),
                Operations = root.Required("operations").Array().Select((op, i) => OperationReader.Read(op, i + 1)).ToList(),
            };
        }
    }

    private static LegalReference LegalReference(ScenarioElement e)
    {
        e.OnlyFields("instrument", "date", "provision", "url");
        return new LegalReference(e.RequiredString("instrument"), e.Optional("date")?.Date(), e.OptionalString("provision"), e.OptionalString("url"));
    }
}
