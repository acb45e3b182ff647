namespace StoryBank.Core.Coach;

/// <summary>The coach cannot run as configured: a malformed <c>storybank.json</c>, an unknown rule name.</summary>
/// <remarks>The message names the file and, when known, the line: it is meant to be shown to the user as is.</remarks>
public sealed class CoachConfigurationException : Exception
{
    /// <summary>Creates the exception for <paramref name="file"/> (and <paramref name="line"/> when not 0).</summary>
    public CoachConfigurationException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CoachConfigurationException()
        : this("storybank.json", 0, "invalid configuration")
    {
    }

    /// <summary>Creates the exception with a message only.</summary>
    public CoachConfigurationException(string message)
        : this("storybank.json", 0, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CoachConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "storybank.json";
        Problem = message;
    }

    /// <summary>The file at fault.</summary>
    public string File { get; } = "";

    /// <summary>The 1-based line at fault; 0 when unknown.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; } = "";
}
