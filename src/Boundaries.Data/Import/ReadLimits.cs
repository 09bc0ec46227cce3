namespace Boundaries.Data.Import;

/// <summary>How much one input may hold before it is refused: every read stops at these bounds, so no input can exhaust memory or time.</summary>
/// <param name="MaxFeatures">Features (records) in one layer; the national commune layer has about 11,200.</param>
/// <param name="MaxVertices">Vertices of one feature; the most detailed commune of the bundled national layer has under 20,000.</param>
public sealed record ReadLimits(int MaxFeatures = ReadLimits.DefaultMaxFeatures, int MaxVertices = ReadLimits.DefaultMaxVertices)
{
    /// <summary>The default bound on features: ten times the communes of Vietnam.</summary>
    public const int DefaultMaxFeatures = 120_000;

    /// <summary>The default bound on the vertices of one feature.</summary>
    public const int DefaultMaxVertices = 1_000_000;

    /// <summary>The defaults.</summary>
    public static ReadLimits Default { get; } = new();

    /// <summary>The error for a layer with too many features.</summary>
    public InputDataException TooManyFeatures(string file) =>
        new(file, $"more than {MaxFeatures} features: refused before reading further (raise the limit with --max-features N)");

    /// <summary>The error for a feature with too many vertices.</summary>
    public InputDataException TooManyVertices(string file, int feature, long vertices) =>
        new(file, $"feature {feature} has {vertices} vertices, more than {MaxVertices} (raise the limit with --max-vertices N)");
}
