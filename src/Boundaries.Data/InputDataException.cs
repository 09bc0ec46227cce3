namespace Boundaries.Data;

/// <summary>Input that cannot be used at all (a file that cannot be read, a CRS that cannot be trusted), with a one-line message naming the file.</summary>
/// <remarks>
/// Problems that leave the rest of the data usable (a duplicate code, an invalid polygon) are not thrown:
/// they are returned as <see cref="Boundaries.Core.Quality.DataIssue"/> values. This is the one exception
/// type the command line turns into a one-line error.
/// </remarks>
public sealed class InputDataException : Exception
{
    /// <summary>Creates the exception; the message becomes "file name: problem".</summary>
    /// <param name="file">The file concerned (a path; the message shows only its name).</param>
    /// <param name="message">What is wrong, one line, naming the feature when there is one.</param>
    public InputDataException(string file, string message)
        : this(file, message, null)
    {
    }

    /// <summary>Creates the exception with the error that revealed the problem.</summary>
    public InputDataException(string file, string message, Exception? innerException)
        : base($"{Path.GetFileName(file)}: {OneLine(message)}", innerException)
    {
        File = file;
        Problem = OneLine(message);
    }

    /// <summary>The path of the file concerned, as given.</summary>
    public string File { get; }

    /// <summary>The problem without the file name.</summary>
    public string Problem { get; }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
