using Boundaries.Data.Tests.TestSupport;

namespace Boundaries.Data.Tests.Standards;

/// <summary>Compares generated text with an approved file beside the tests; a mismatch writes *.received.* and fails.</summary>
internal static class ApprovalFile
{
    public static void Verify(string received, string approvedName)
    {
        var approvedPath = Path.Combine(RepoPaths.Root, "tests", "Boundaries.Data.Tests", "Standards", approvedName);
        var receivedPath = approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received.ReplaceLineEndings("\n"))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{approvedName} differs from the output; compare with {receivedPath} and, if the output is right, rename it to the approved file.");
    }
}
