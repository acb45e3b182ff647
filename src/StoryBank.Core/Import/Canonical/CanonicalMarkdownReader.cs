using StoryBank.Core.Export;

namespace StoryBank.Core.Import.Canonical;

/// <summary>
/// Reads StoryBank's canonical Markdown export back: a story file (front matter <c>storybank: story</c>) becomes a
/// <see cref="FragmentKind.Story"/> document holding that one story; an index file (<c>storybank: document</c>)
/// becomes a <see cref="FragmentKind.Index"/> document with title, blocks and mappings and no stories.
/// <see cref="DocumentAssembler"/> puts the fragments of one document back together. The format is documented in
/// <c>docs/formats.md</c>.
/// </summary>
/// <remarks>Stateless and thread-safe. Never throws on bad input: problems are returned as <see cref="ImportErrorKind.Malformed"/>.</remarks>
public static class CanonicalMarkdownReader
{
    /// <summary>True when the text starts with StoryBank front matter: a <c>---</c> line, a <c>storybank:</c> key, a closing <c>---</c>.</summary>
    public static bool LooksCanonical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.StartsWith(CanonicalFormat.FrontMatterFence + "\n", StringComparison.Ordinal)
            || text.StartsWith(CanonicalFormat.FrontMatterFence + "\r\n", StringComparison.Ordinal)
                ? FrontMatter.FindStoryBankFence(SplitLines(text)) is not null
                : false;
    }

    /// <summary>Reads one canonical story or index file, reported as <paramref name="file"/>.</summary>
    public static ImportOutcome Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = SplitLines(text);
        try
        {
            var frontMatter = FrontMatter.Parse(lines);
            var kind = frontMatter.RequiredText(CanonicalFormat.MarkerKey);
            var ledger = new LineLedger(lines);
            ledger.Claim(1, frontMatter.ClosingLineIndex + 1);
            var warnings = new List<ImportWarning>();
            var (document, fragment) = kind switch
            {
                CanonicalFormat.StoryFile => (CanonicalStoryReader.Read(frontMatter, lines, file, ledger, warnings), FragmentKind.Story),
                CanonicalFormat.IndexFile => (CanonicalIndexReader.Read(frontMatter, lines, file, ledger, warnings), FragmentKind.Index),
                _ => throw new FrontMatterException(2,
                    $"unknown StoryBank file kind '{kind}' (expected '{CanonicalFormat.StoryFile}' or '{CanonicalFormat.IndexFile}')"),
            };

            if (DocumentInvariants.FirstViolation(document) is { } violation)
            {
                return ImportOutcome.Failure(new ImportError(file, 0, ImportErrorKind.Malformed, violation));
            }

            return ImportOutcome.Success(new ImportedFile(
                document, fragment, SourceFormat.CanonicalMarkdown, "utf-8", 0, warnings, ledger.ToAccounting()));
        }
        catch (FrontMatterException e)
        {
            return ImportOutcome.Failure(new ImportError(file, e.Line, ImportErrorKind.Malformed, e.Message));
        }
    }

    // Exports use "\n"; a file saved with "\r\n" by an editor reads the same. The final newline ends the last line.
    private static string[] SplitLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return lines.Length > 1 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }
}
