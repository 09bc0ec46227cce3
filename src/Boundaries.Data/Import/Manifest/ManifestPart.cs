using System.Text.Json.Serialization;

namespace Boundaries.Data.Import.Manifest;

/// <summary>Any object of a dataset manifest: each may carry a "$comment" for people reading the file.</summary>
public abstract record ManifestPart
{
    /// <summary>A note for people reading the file.</summary>
    [JsonPropertyName("$comment")]
    public string? Comment { get; init; }
}
