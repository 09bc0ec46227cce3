namespace Boundaries.Data.References;

/// <summary>A reference layer as the layer control lists it, before its shapes are read.</summary>
/// <param name="Id">The layer's id.</param>
/// <param name="Label">What the control says, in Vietnamese.</param>
/// <param name="Available">False when the bundled data has nothing to draw (the control is then disabled and says why).</param>
public sealed record ReferenceEntry(string Id, string Label, bool Available);
