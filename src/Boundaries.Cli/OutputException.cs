namespace Boundaries.Cli;

/// <summary>An output that could not be written; the message names the file.</summary>
internal sealed class OutputException(string message, Exception? inner = null) : Exception(message, inner);
