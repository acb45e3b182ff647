namespace StoryBank.Lint.Files;

/// <summary>One file to import.</summary>
/// <param name="Path">The path shown in messages and stored as the document's source (its identity).</param>
/// <param name="Length">The size in bytes, for the progress display.</param>
/// <param name="FoundInFolder">True when the file came from a folder walk: files that hold no stories are then skipped, not errors.</param>
/// <param name="Open">Opens the content for reading.</param>
internal sealed record ImportSource(string Path, long Length, bool FoundInFolder, Func<Stream> Open)
{
    /// <summary>A file on disk, opened read-only and shareable with other readers.</summary>
    public static ImportSource ForFile(string path, bool foundInFolder) => new(
        path,
        new FileInfo(path).Length,
        foundInFolder,
        () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, useAsync: true));
}
