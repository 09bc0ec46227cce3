namespace Boundaries;

/// <summary>Input that cannot be used as it is: a broken file, an untrustworthy CRS, a missing required field.</summary>
/// <remarks>The message is one line naming the file and, where relevant, the feature. It lives in the root namespace of the
/// lowest layer because every layer reads input (data files, scenarios, templates) and reports it the same way.</remarks>
public sealed class InputDataException : Exception
{
    /// <summary>Creates the exception for a file and a one-line problem.</summary>
    public InputDataException(string file, string message, Exception? inner = null)
        : base($"{file}: {message}", inner)
    {
        File = file;
        Problem = message;
    }

    /// <summary>The file concerned, as the user named it.</summary>
    public string File { get; }

    /// <summary>The problem without the file name.</summary>
    public string Problem { get; }
}
