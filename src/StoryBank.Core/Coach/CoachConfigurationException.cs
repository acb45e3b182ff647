namespace StoryBank.Core.Coach;

/// <summary>The coach cannot run as configured: a malformed <c>storybank.json</c>, an unknown rule name.</summary>
public sealed class CoachConfigurationException : FileProblemException
{
    /// <summary>Creates the exception for <paramref name="file"/> (and <paramref name="line"/> when not 0).</summary>
    public CoachConfigurationException(string file, int line, string problem)
        : base(file, line, problem)
    {
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
        : base("storybank.json", message, innerException)
    {
    }
}
