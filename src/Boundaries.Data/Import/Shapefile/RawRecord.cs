using Boundaries.Data.Import.Layers;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri.Shapefiles.Readers;

namespace Boundaries.Data.Import.Shapefile;

/// <summary>A shapefile record before its text is decoded: text fields as Latin-1 (one char per byte), others as invariant text.</summary>
/// <param name="Index">Zero-based record number.</param>
/// <param name="Geometry">The shape, or null for a null shape.</param>
/// <param name="Texts">Character fields, raw.</param>
/// <param name="Others">Numeric, date and logical fields as text.</param>
internal sealed record RawRecord(int Index, Geometry? Geometry, IReadOnlyDictionary<string, string> Texts, IReadOnlyDictionary<string, string?> Others)
{
    /// <summary>Copies the current record of the reader.</summary>
    public static RawRecord From(int index, ShapefileReader reader)
    {
        var texts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var others = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in reader.Fields)
        {
            if (field.Value is string s)
            {
                texts.TryAdd(field.Name, s);
            }
            else
            {
                others.TryAdd(field.Name, AttributeText.Of(field.Value));
            }
        }

        var geometry = reader.Geometry is { IsEmpty: false } g ? g : null;
        return new RawRecord(index, geometry, texts, others);
    }

    /// <summary>The record as a source feature, its text decoded.</summary>
    public SourceFeature ToFeature(Func<string, string> decode)
    {
        var attributes = new Dictionary<string, string?>(Others, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, raw) in Texts)
        {
            attributes[name] = decode(raw);
        }

        return new SourceFeature(Index, Geometry, attributes);
    }
}
