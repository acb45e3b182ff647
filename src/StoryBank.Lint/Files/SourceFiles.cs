namespace StoryBank.Lint.Files;

/// <summary>Turns the paths given to <c>import</c> into the files to read.</summary>
internal static class SourceFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj" };

    /// <summary>
    /// Named files as given; folders walked recursively in ordinal path order, skipping hidden folders,
    /// <c>bin</c> and <c>obj</c>, and folder links. Paths that do not exist are returned as messages.
    /// </summary>
    public static (IReadOnlyList<ImportSource> Sources, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var sources = new List<ImportSource>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                sources.Add(ImportSource.ForFile(full, foundInFolder: false));
            }
            else if (Directory.Exists(full))
            {
                sources.AddRange(Walk(full).Select(file => ImportSource.ForFile(file, foundInFolder: true)));
            }
            else
            {
                missing.Add($"{path}: no such file or folder");
            }
        }

        return (sources, missing);
    }

    private static IEnumerable<string> Walk(string folder)
    {
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            yield return file;
        }

        var subfolders = Directory.GetDirectories(folder)
            .Where(sub => new DirectoryInfo(sub) is { LinkTarget: null } info && !info.Name.StartsWith('.') && !SkippedFolders.Contains(info.Name))
            .Order(StringComparer.Ordinal);
        foreach (var file in subfolders.SelectMany(Walk))
        {
            yield return file;
        }
    }
}
