using System.Collections.Concurrent;
using Boundaries.Data.References;
using Boundaries.Web.Display;
using NetTopologySuite.Simplify;

namespace Boundaries.Web.References;

/// <summary>The reference layers of the project as the page draws them, read and encoded on the first request for each and kept.</summary>
/// <remarks>
/// The answer is <c>{"id","label","note","shapes":[{"kind","name","geometry"}]}</c>, each geometry a display polygon (GeoJSON,
/// or the compact form of <see cref="ShapeJson"/>) that the page strokes without fill. Shapes are simplified at the
/// planner's display tolerance; unions (districts, province) lose the slivers their sources' gaps leave.
/// </remarks>
internal sealed class ReferenceLines
{
    private readonly ReferenceSources? _sources;
    private readonly double _toleranceDegrees;
    private readonly ConcurrentDictionary<(string Id, bool Compact), Lazy<byte[]?>> _encoded = new();

    /// <summary>The layers of <paramref name="sources"/> (none when null), simplified at <paramref name="toleranceDegrees"/>.</summary>
    public ReferenceLines(ReferenceSources? sources, double toleranceDegrees)
    {
        _sources = sources;
        _toleranceDegrees = toleranceDegrees;
    }

    /// <summary>The layers the control lists.</summary>
    public IReadOnlyList<ReferenceEntry> Entries => _sources?.Entries ?? [];

    /// <summary>The encoded layer <paramref name="id"/>, or null when the project has no such layer with data.</summary>
    public byte[]? Encoded(string id, bool compact) =>
        _sources is null ? null : _encoded.GetOrAdd((id, compact), key => new Lazy<byte[]?>(() => _sources.Load(key.Id) is { } layer ? Encode(layer, key.Compact) : null)).Value;

    private byte[] Encode(ReferenceLayer layer, bool compact)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", layer.Id);
            writer.WriteString("label", layer.Label);
            writer.WriteString("note", layer.Note);
            writer.WriteStartArray("shapes");
            foreach (var shape in layer.Shapes)
            {
                var simplified = TopologyPreservingSimplifier.Simplify(shape.Polygon, _toleranceDegrees);
                writer.WriteStartObject();
                writer.WriteString("kind", shape.Kind);
                writer.WriteString("name", shape.Name);
                writer.WritePropertyName("geometry");
                ShapeJson.Write(writer, shape.Kind == "commune" ? simplified : Slivers.Without(simplified), compact);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
