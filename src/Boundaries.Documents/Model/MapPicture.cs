namespace Boundaries.Documents.Model;

/// <summary>A map embedded in a document as a picture.</summary>
/// <param name="Title">Its title in the annex ("Bản đồ hiện trạng …").</param>
/// <param name="Png">The PNG bytes.</param>
/// <param name="Key">The name templates refer to it by ("truoc", "sau").</param>
public sealed record MapPicture(string Title, byte[] Png, string Key);
