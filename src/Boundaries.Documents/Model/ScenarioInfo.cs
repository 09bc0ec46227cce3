namespace Boundaries.Documents.Model;

/// <summary>The scenario the dossier proposes: title, description, what it follows and what it does.</summary>
/// <param name="Title">The scenario's one-line title.</param>
/// <param name="Description">The planner's description, or empty.</param>
/// <param name="Author">Who wrote it, or empty.</param>
/// <param name="EffectiveDateText">The day it takes effect ("ngày 01 tháng 01 năm 2025"), or empty.</param>
/// <param name="LegalBasis">The instruments it cites.</param>
/// <param name="Operations">Its operations in order.</param>
/// <param name="DoneText">The result clause's verb: "sắp xếp" when units are merged, established or dissolved, else "điều chỉnh địa giới".</param>
/// <param name="KindText">What it does, in words ("nhập đơn vị hành chính", "điều chỉnh địa giới đơn vị hành chính").</param>
public sealed record ScenarioInfo(
    string Title,
    string Description,
    string Author,
    string EffectiveDateText,
    IReadOnlyList<LegalCitation> LegalBasis,
    IReadOnlyList<OperationNote> Operations,
    string KindText,
    string DoneText);
