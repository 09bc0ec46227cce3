namespace Boundaries.Documents.Docx;

/// <summary>The character formatting in force while runs are written.</summary>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
/// <param name="SizeHalfPoints">Font size in half-points; null for the body size.</param>
internal sealed record RunFormat(bool Bold = false, bool Italic = false, int? SizeHalfPoints = null);
