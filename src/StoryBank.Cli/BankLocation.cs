namespace StoryBank.Cli;

/// <summary>Where the bank file is: <c>--db</c>, else <c>STORYBANK_DB</c>, else the XDG data folder.</summary>
internal static class BankLocation
{
    public const string DatabaseVariable = "STORYBANK_DB";

    /// <summary>The full path of the bank file to use.</summary>
    public static string Resolve(string? dbOption, Func<string, string?> environment)
    {
        if (!string.IsNullOrWhiteSpace(dbOption))
        {
            return Path.GetFullPath(dbOption);
        }

        if (environment(DatabaseVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var dataHome = environment("XDG_DATA_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(environment("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.GetFullPath(Path.Combine(dataHome, "storybank", "bank.db"));
    }

    /// <summary>The demo bank: <c>--db</c> when given, else <c>demo.db</c> beside the default bank.</summary>
    public static string ResolveDemo(string? dbOption, Func<string, string?> environment) =>
        !string.IsNullOrWhiteSpace(dbOption)
            ? Path.GetFullPath(dbOption)
            : Path.Combine(Path.GetDirectoryName(Resolve(null, environment))!, "demo.db");
}
