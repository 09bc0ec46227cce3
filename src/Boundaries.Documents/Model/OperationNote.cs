namespace Boundaries.Documents.Model;

/// <summary>One operation of the scenario as the documents mention it.</summary>
/// <param name="Number">Its position, counted from 1.</param>
/// <param name="Kind">The kind as in scenario files ("merge", "transfer").</param>
/// <param name="KindText">The kind in Vietnamese ("nhập", "điều chỉnh địa giới").</param>
/// <param name="Note">The planner's note, or empty.</param>
/// <param name="Method">How the engine combined the polygons ("coverage union", "declared figures — no published polygon").</param>
/// <param name="Declared">True when it moved declared figures only (no polygon).</param>
public sealed record OperationNote(int Number, string Kind, string KindText, string Note, string Method, bool Declared);
