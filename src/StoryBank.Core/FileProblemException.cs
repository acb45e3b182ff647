namespace StoryBank.Core;

/// <summary>A file the user gave is unusable as it stands: the message names the file and, when known, the line.</summary>
/// <remarks>The message is meant to be shown to the user as is (<c>file:line: problem</c>).</remarks>
public abstract class FileProblemException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> (and <paramref name="line"/> when not 0).</summary>
    protected FileProblemException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message and cause, for <paramref name="file"/>.</summary>
    protected FileProblemException(string file, string message, Exception? innerException)
        : base(message, innerException)
    {
        File = file;
        Problem = message;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; }

    /// <summary>The 1-based line at fault; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
