namespace Boundaries.Documents.Model;

/// <summary>How a scenario kept in a shared project came to be: every recorded change, oldest first.</summary>
/// <param name="Id">The scenario's id in the project.</param>
/// <param name="Version">The version the dossier is made from.</param>
/// <param name="Submitted">Whether that version is locked as submitted (đã trình), so no one can change it.</param>
/// <param name="Entries">The changes recorded in the project's audit log for this scenario.</param>
public sealed record ScenarioHistory(string Id, int Version, bool Submitted, IReadOnlyList<ScenarioHistoryEntry> Entries);

/// <summary>One recorded change of a shared scenario.</summary>
/// <param name="At">When it was recorded, as officials write it ("14 giờ 05, ngày 04/12/2026").</param>
/// <param name="Who">Who made it (the planner's account, or the database user).</param>
/// <param name="What">What was done, in words ("Lưu phiên bản 2: gộp Phường 2 vào Phường 3").</param>
public sealed record ScenarioHistoryEntry(string At, string Who, string What);
