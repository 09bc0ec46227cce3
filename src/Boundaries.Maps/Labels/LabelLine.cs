using Boundaries.Maps.Drawing;

namespace Boundaries.Maps.Labels;

/// <summary>One line of a label: its text, size in points and face.</summary>
/// <param name="Text">The text, in Unicode NFC so that every Vietnamese letter is one precomposed glyph.</param>
/// <param name="Size">The font size in points.</param>
/// <param name="Face">The face.</param>
internal readonly record struct LabelLine(string Text, float Size, FontFace Face);
