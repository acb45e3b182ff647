namespace StoryBank.Tests.Common;

/// <summary>The source checkout the tests run from.</summary>
internal static class Repository
{
    /// <summary>The repository's root folder (where StoryBank.slnx is).</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StoryBank.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("StoryBank.slnx not found above " + AppContext.BaseDirectory);
    }
}
