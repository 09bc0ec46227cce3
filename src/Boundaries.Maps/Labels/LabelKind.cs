namespace Boundaries.Maps.Labels;

/// <summary>What a label names.</summary>
internal enum LabelKind
{
    /// <summary>A commune in focus.</summary>
    Commune,

    /// <summary>A district in focus.</summary>
    District,

    /// <summary>A district of the grey surroundings of a district map.</summary>
    Context,
}
