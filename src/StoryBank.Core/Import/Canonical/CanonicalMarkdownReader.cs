namespace StoryBank.Core.Import.Canonical;

/// <summary>Reads StoryBank's canonical Markdown export (YAML front matter, then a story template) back.</summary>
public static class CanonicalMarkdownReader
{
    /// <summary>True when the text starts with StoryBank front matter.</summary>
    public static bool LooksCanonical(string text) => false;

    /// <summary>Reads one canonical story or index file.</summary>
    public static ImportOutcome Read(string text, string file) =>
        ImportOutcome.Failure(new ImportError(file, 0, ImportErrorKind.Malformed, "canonical Markdown import is not available yet"));
}
