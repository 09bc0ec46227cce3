using Xunit;

namespace Boundaries.Testing;

/// <summary>Compares generated text with an approved file beside the tests; a mismatch writes *.received.* (git-ignored) and fails.</summary>
public static class ApprovalFile
{
    /// <summary>Passes when <paramref name="received"/> equals the approved file <paramref name="approvedRelativePath"/> of the test project <paramref name="testProject"/> (line endings aside).</summary>
    public static void Verify(string received, string testProject, string approvedRelativePath)
    {
        var approvedPath = Path.Combine(RepoPaths.TestProject(testProject), approvedRelativePath);
        var receivedPath = approvedPath.Replace(".approved.", ".received.", StringComparison.Ordinal);
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : null;
        if (approved == received.ReplaceLineEndings("\n"))
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{approvedRelativePath} differs from the output; compare with {receivedPath} and, if the output is right, rename it to the approved file.");
    }
}
