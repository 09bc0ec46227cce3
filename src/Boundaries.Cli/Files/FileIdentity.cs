using System.Runtime.InteropServices;

namespace Boundaries.Cli.Files;

/// <summary>Which file a path resolves to, after links and whatever the spelling: the device and inode on Linux.</summary>
/// <param name="Device">The device number (0 where unknown).</param>
/// <param name="Inode">The inode (0 where unknown).</param>
/// <param name="FullPath">The full path, used to compare where inodes are not available.</param>
/// <param name="Kind">Regular file, folder, special file or nothing.</param>
internal readonly record struct FileIdentity(ulong Device, ulong Inode, string FullPath, FileKind Kind)
{
    // Offsets in struct stat: x86-64 has st_nlink (8 bytes) before st_mode; arm64 (the generic layout) has st_mode first.
    private const int ModeOffsetX64 = 24;
    private const int ModeOffsetArm64 = 16;

    /// <summary>The identity of <paramref name="path"/>, following links.</summary>
    public static FileIdentity Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64)
        {
            var buffer = new byte[256];
            if (Native.Stat(full, buffer) != 0)
            {
                return new FileIdentity(0, 0, full, FileKind.Missing);
            }

            var mode = BitConverter.ToUInt32(buffer, RuntimeInformation.ProcessArchitecture == Architecture.X64 ? ModeOffsetX64 : ModeOffsetArm64);
            return new FileIdentity(BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8), full, KindOf(mode));
        }

        var kind = Directory.Exists(full) ? FileKind.Folder : File.Exists(full) ? FileKind.File : FileKind.Missing;
        return new FileIdentity(0, 0, full, kind);
    }

    /// <summary>True when both name the same existing file or folder.</summary>
    public bool SameAs(FileIdentity other) =>
        Kind != FileKind.Missing && other.Kind != FileKind.Missing &&
        (Inode != 0 ? Device == other.Device && Inode == other.Inode : string.Equals(FullPath, other.FullPath, StringComparison.OrdinalIgnoreCase));

    private static FileKind KindOf(uint mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.File,
        0x4000 => FileKind.Folder,
        _ => FileKind.Special,
    };

    private static class Native
    {
        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        public static extern int Stat(string path, byte[] buffer);
    }
}
