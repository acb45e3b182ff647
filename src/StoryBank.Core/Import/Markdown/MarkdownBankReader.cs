namespace StoryBank.Core.Import.Markdown;

/// <summary>Recognizes the stories, blocks and mappings of a hand-written Markdown story bank.</summary>
public static class MarkdownBankReader
{
    /// <summary>Reads a hand-written bank.</summary>
    public static ImportOutcome Read(string text, string file, string documentId) =>
        ImportOutcome.Failure(new ImportError(file, 0, ImportErrorKind.NoStories, "no stories found"));
}
