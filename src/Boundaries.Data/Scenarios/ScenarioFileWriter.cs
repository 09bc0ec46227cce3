using System.Globalization;
using System.Text;
using Boundaries.Core.Scenarios;
using Boundaries.Core.Scenarios.Operations;

namespace Boundaries.Data.Scenarios;

/// <summary>Writes a scenario as the JSON that <see cref="ScenarioFileReader"/> reads, field for field.</summary>
internal static class ScenarioFileWriter
{
    public static string Write(Scenario scenario, string? schema)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            w.WriteStartObject();
            Optional(w, "$schema", schema);
            w.WriteString("format", ScenarioJson.Format);
            w.WriteStartObject("baseline");
            w.WriteString("dataset", scenario.Baseline.Dataset);
            Optional(w, "units_as_of", scenario.Baseline.UnitsAsOf);
            w.WriteEndObject();
            w.WriteString("title", scenario.Title);
            if (scenario.LegalBasis.Count > 0)
            {
                w.WriteStartArray("legal_basis");
                foreach (var law in scenario.LegalBasis)
                {
                    w.WriteStartObject();
                    w.WriteString("instrument", law.Instrument);
                    Optional(w, "date", law.Date);
                    Optional(w, "provision", law.Provision);
                    Optional(w, "url", law.Url);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            Optional(w, "author", scenario.Author);
            Optional(w, "date", scenario.Date);
            Optional(w, "effective_date", scenario.EffectiveDate);
            Optional(w, "description", scenario.Description);
            w.WriteStartArray("operations");
            foreach (var op in scenario.Operations)
            {
                Operation(w, op);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string WriteOperation(ScenarioOperation op)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonText.WriterOptions))
        {
            Operation(w, op);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Operation(Utf8JsonWriter w, ScenarioOperation op)
    {
        w.WriteStartObject();
        w.WriteString("op", op.Kind);
        switch (op)
        {
            case MergeOperation m:
                Codes(w, "units", m.Units);
                NewUnit(w, "into", m.Into);
                Optional(w, "parent", m.Parent?.Value);
                Island(w, m.Island);
                break;
            case TransferOperation t:
                w.WritePropertyName("part");
                Part(w, t.Part);
                w.WriteString("to", t.To.Value);
                Island(w, t.Island);
                break;
            case ReassignOperation r:
                Codes(w, "units", r.Units);
                w.WriteString("to", r.To.Value);
                break;
            case EstablishOperation e:
                NewUnit(w, "unit", e.Unit);
                w.WriteString("parent", e.Parent.Value);
                if (e.WholeUnits.Count > 0)
                {
                    Codes(w, "units", e.WholeUnits);
                }

                if (e.Parts.Count > 0)
                {
                    w.WriteStartArray("parts");
                    foreach (var part in e.Parts)
                    {
                        Part(w, part);
                    }

                    w.WriteEndArray();
                }

                Island(w, e.Island);
                break;
            case ChangeTypeOperation c:
                w.WriteString("unit", c.Unit.Value);
                w.WriteString("type", c.Type.Slug());
                break;
            case RenameOperation n:
                w.WriteString("unit", n.Unit.Value);
                w.WriteString("name", n.Name);
                break;
            case DissolveOperation d:
                w.WriteString("unit", d.Unit.Value);
                w.WriteString("into", d.Into.Value);
                if (d.ChildrenTo is { Count: > 0 })
                {
                    w.WriteStartObject("children_to");
                    foreach (var (child, parent) in d.ChildrenTo)
                    {
                        w.WriteString(child.Value, parent.Value);
                    }

                    w.WriteEndObject();
                }

                Island(w, d.Island);
                break;
            default:
                throw new ArgumentException($"Unknown operation {op.GetType().Name}", nameof(op));
        }

        Optional(w, "note", op.Note);
        w.WriteEndObject();
    }

    private static void Part(Utf8JsonWriter w, UnitPart part)
    {
        w.WriteStartObject();
        w.WriteString("from", part.From.Value);
        Optional(w, "name", part.Name);
        w.WriteNumber("population", part.Population);
        switch (part.Shape)
        {
            case PolygonPart p:
                JsonText.WriteGeometry(w, "polygon", p.Polygon);
                break;
            case SplitLinePart l:
                JsonText.WriteGeometry(w, "split_line", l.Line);
                w.WriteStartArray("point_inside");
                w.WriteNumberValue(l.PointInside.X);
                w.WriteNumberValue(l.PointInside.Y);
                w.WriteEndArray();
                break;
            case DeclaredPart d:
                w.WriteStartObject("declared");
                w.WriteNumber("area_km2", d.AreaKm2);
                Optional(w, "source", d.Source);
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Unknown part shape {part.Shape.GetType().Name}", nameof(part));
        }

        w.WriteEndObject();
    }

    private static void NewUnit(Utf8JsonWriter w, string name, NewUnitSpec spec)
    {
        w.WriteStartObject(name);
        w.WriteString("code", spec.Code.Value);
        w.WriteString("name", spec.Name);
        w.WriteString("type", spec.Type.Slug());
        Optional(w, "seat", spec.Seat);
        w.WriteEndObject();
    }

    private static void Codes(Utf8JsonWriter w, string name, IEnumerable<UnitCode> codes)
    {
        w.WriteStartArray(name);
        foreach (var code in codes)
        {
            w.WriteStringValue(code.Value);
        }

        w.WriteEndArray();
    }

    private static void Island(Utf8JsonWriter w, bool island)
    {
        if (island)
        {
            w.WriteBoolean("island", true);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, DateOnly? value)
    {
        if (value is { } d)
        {
            w.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }
}
