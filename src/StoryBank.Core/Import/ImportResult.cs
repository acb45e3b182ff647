using StoryBank.Core.Model;

namespace StoryBank.Core.Import;

/// <summary>The outcome of reading one file: either an imported file or an error that says why not.</summary>
/// <remarks>Immutable. Exactly one of <see cref="File"/> and <see cref="Error"/> is set.</remarks>
public sealed record ImportOutcome
{
    private ImportOutcome(ImportedFile? file, ImportError? error)
    {
        File = file;
        Error = error;
    }

    /// <summary>The imported file, when the import succeeded.</summary>
    public ImportedFile? File { get; }

    /// <summary>Why the file could not be imported, when it failed.</summary>
    public ImportError? Error { get; }

    /// <summary>True when the file was imported.</summary>
    public bool Succeeded => File is not null;

    /// <summary>A successful outcome.</summary>
    public static ImportOutcome Success(ImportedFile file) => new(file, null);

    /// <summary>A failed outcome.</summary>
    public static ImportOutcome Failure(ImportError error) => new(null, error);
}

/// <summary>What one file contributed to the bank.</summary>
/// <param name="Document">The document read from the file. For a canonical story or index file this is a fragment; see <see cref="Fragment"/>.</param>
/// <param name="Fragment">Whether the file held a whole document or one piece of a canonical export.</param>
/// <param name="Format">The format the content was sniffed as.</param>
/// <param name="Encoding">The text encoding detected ("utf-8", "utf-8-bom", "utf-16le", "windows-1252"...).</param>
/// <param name="MojibakeRepairs">How many mis-decoded character runs were repaired.</param>
/// <param name="Warnings">Everything the importer kept without fully understanding it.</param>
/// <param name="Accounting">Where each non-blank source line went.</param>
public sealed record ImportedFile(
    Document Document,
    FragmentKind Fragment,
    SourceFormat Format,
    string Encoding,
    int MojibakeRepairs,
    IReadOnlyList<ImportWarning> Warnings,
    LineAccounting Accounting);

/// <summary>Whether a file holds a whole document or a piece of a canonical Markdown export.</summary>
public enum FragmentKind
{
    /// <summary>A whole document: importing it replaces the document's previous import.</summary>
    Whole,
    /// <summary>One canonical story file: importing it updates that story only.</summary>
    Story,
    /// <summary>A canonical document index: title, blocks and mappings, no stories.</summary>
    Index,
}

/// <summary>The formats the importer recognizes by content.</summary>
public enum SourceFormat
{
    /// <summary>A story bank written by hand in Markdown (or plain text).</summary>
    Markdown,
    /// <summary>StoryBank's canonical Markdown export (YAML front matter).</summary>
    CanonicalMarkdown,
    /// <summary>StoryBank's JSON export.</summary>
    Json,
}

/// <summary>Something the importer kept but did not fully understand, with its location.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Message">What was not understood and where the text went.</param>
public sealed record ImportWarning(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>Why a file could not be imported.</summary>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line of the problem, 0 when it concerns the whole file.</param>
/// <param name="Kind">The class of problem.</param>
/// <param name="Message">A one-line explanation for the user.</param>
public sealed record ImportError(string File, int Line, ImportErrorKind Kind, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}

/// <summary>Classes of import failure.</summary>
public enum ImportErrorKind
{
    /// <summary>The file is empty or holds only whitespace.</summary>
    Empty,
    /// <summary>The file is binary, not text.</summary>
    Binary,
    /// <summary>The bytes are not valid in the detected encoding.</summary>
    InvalidEncoding,
    /// <summary>The file is larger than the importer accepts.</summary>
    TooLarge,
    /// <summary>The file is text but holds no story.</summary>
    NoStories,
    /// <summary>A canonical file (JSON or front matter) is malformed.</summary>
    Malformed,
}

/// <summary>How the non-blank lines of a source were accounted for.</summary>
/// <param name="NonBlankLines">Non-blank lines in the source.</param>
/// <param name="AccountedLines">Non-blank lines that landed in a story field or a document block.</param>
/// <param name="UnaccountedLines">1-based numbers of non-blank lines that landed nowhere (should be empty).</param>
/// <param name="DoublyClaimedLines">1-based numbers of lines claimed by two places (should be empty).</param>
public sealed record LineAccounting(
    int NonBlankLines,
    int AccountedLines,
    IReadOnlyList<int> UnaccountedLines,
    IReadOnlyList<int> DoublyClaimedLines)
{
    /// <summary>The share of non-blank lines accounted for, 0–1 (1 for a source without non-blank lines).</summary>
    public double Share => NonBlankLines == 0 ? 1.0 : (double)AccountedLines / NonBlankLines;
}
