using Boundaries.Data.Import.Text;

namespace Boundaries.Data.Import.Layers;

/// <summary>Finds TCVN3 or VNI text that reached a Unicode format (GeoJSON, GeoPackage) through a careless conversion, and repairs TCVN3.</summary>
internal static class LayerText
{
    /// <summary>The layer with TCVN3 text converted to Unicode and an issue saying so; VNI is only reported.</summary>
    public static SourceLayer Checked(SourceLayer layer)
    {
        var texts = layer.Features.SelectMany(f => f.Attributes.Values).ToList();
        var legacy = LegacyVietnameseDetector.Detect(texts);
        if (legacy == LegacyVietnameseEncoding.None)
        {
            return layer;
        }

        var examples = string.Join(", ", LegacyVietnameseDetector.Examples(texts).Select(e => $"'{e}'"));
        if (legacy == LegacyVietnameseEncoding.Vni)
        {
            return layer with
            {
                Issues = [.. layer.Issues, Issue(layer, $"text looks VNI-encoded, e.g. {examples}; VNI is not converted, so names stay garbled: convert the source to Unicode and import again")],
                TextEncoding = "VNI (detected), not converted",
            };
        }

        var features = layer.Features
            .Select(f => f with
            {
                Attributes = f.Attributes.ToDictionary(a => a.Key, a => a.Value is null ? null : Tcvn3.FromLatin1(a.Value), StringComparer.OrdinalIgnoreCase),
            })
            .ToList();
        return layer with
        {
            Features = features,
            Issues = [.. layer.Issues, Issue(layer, $"text is TCVN3 (ABC) shown as Latin-1, e.g. {examples}; converted to Unicode with the TCVN 5712:1993 table")],
            TextEncoding = "TCVN3 (detected), converted to Unicode",
        };
    }

    private static DataIssue Issue(SourceLayer layer, string message) =>
        new(IssueSeverity.Warning, "text-encoding", message) { File = layer.File };
}
