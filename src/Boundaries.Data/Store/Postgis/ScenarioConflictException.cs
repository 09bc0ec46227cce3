using System.Globalization;

namespace Boundaries.Data.Store.Postgis;

/// <summary>A shared scenario cannot be saved: someone else saved a newer version since it was read, or it is submitted (locked).</summary>
/// <remarks>The message names the other person, the time and their change, in Vietnamese, as the planner reads it.</remarks>
public sealed class ScenarioConflictException(string message, SharedScenarioVersion current) : Exception(message)
{
    /// <summary>The version that is in the database now.</summary>
    public SharedScenarioVersion Current { get; } = current;

    /// <summary>Refuses a save made from version <paramref name="baseVersion"/> when <paramref name="current"/> was saved since.</summary>
    public static ScenarioConflictException Stale(SharedScenarioVersion current, long baseVersion) => new(
        $"Phương án {current.Id} đã được {current.SavedBy} sửa lúc {Time(current.SavedAt)} (phiên bản {current.Version}: {current.Change}) sau khi bạn mở phiên bản {baseVersion}; không lưu — hãy tải lại bản mới nhất rồi làm lại.",
        current);

    /// <summary>Refuses any change to a scenario locked as submitted.</summary>
    public static ScenarioConflictException Submitted(SharedScenarioVersion current) => new(
        $"Phương án {current.Id} đã được {current.SubmittedBy} khóa (đã trình) lúc {Time(current.SubmittedAt!.Value)}, phiên bản {current.Version}; không ai sửa được nữa.",
        current);

    /// <summary>A time as the planners read it: Vietnam's time, day first (dd/MM/yyyy HH:mm).</summary>
    public static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(7)).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
