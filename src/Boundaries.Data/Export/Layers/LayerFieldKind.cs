namespace Boundaries.Data.Export.Layers;

/// <summary>The value kinds of exported attributes.</summary>
public enum LayerFieldKind
{
    /// <summary>UTF-8 text.</summary>
    Text,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A real number.</summary>
    Real,

    /// <summary>True or false.</summary>
    Boolean,
}
