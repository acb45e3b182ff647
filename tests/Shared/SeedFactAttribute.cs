namespace StoryBank.Tests.Common;

/// <summary>
/// A fact that runs only when STORYBANK_SEEDS names the folder of real user banks; otherwise it is reported as
/// skipped, with the reason, so a run without seeds never passes silently.
/// </summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public const string VariableName = "STORYBANK_SEEDS";

    public SeedFactAttribute()
    {
        if (SeedsFolder is null)
        {
            Skip = $"{VariableName} is not set: seed-file test skipped";
        }
    }

    /// <summary>The seeds folder, or null when the variable is unset or blank.</summary>
    public static string? SeedsFolder =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } folder && !string.IsNullOrWhiteSpace(folder)
            ? folder
            : null;
}
