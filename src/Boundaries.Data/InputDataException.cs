namespace Boundaries.Data;

/// <summary>A problem in a file the user gave us, reported as one line that names the file and the problem.</summary>
public sealed class InputDataException : Exception
{
    /// <summary>Creates the exception; the message reads "{file}: {message}".</summary>
    public InputDataException(string file, string message)
        : base($"{file}: {message}")
    {
        File = file;
    }

    /// <summary>The file the problem was found in, as the user named it.</summary>
    public string File { get; }
}
