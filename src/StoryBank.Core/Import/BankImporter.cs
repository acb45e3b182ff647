using StoryBank.Core.Import.Canonical;
using StoryBank.Core.Import.Markdown;
using StoryBank.Core.Import.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import;

/// <summary>
/// Imports one story bank file of any supported format: hand-written Markdown (any extension),
/// StoryBank's canonical Markdown export, or its JSON export. The format is sniffed from the content.
/// </summary>
/// <remarks>Stateless and thread-safe. Never throws on bad input: failures are returned as <see cref="ImportError"/>.</remarks>
public static class BankImporter
{
    /// <summary>The largest file accepted, in bytes (256 MiB).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    /// <summary>Reads and imports <paramref name="content"/>, reported as <paramref name="file"/>.</summary>
    /// <param name="content">The file's bytes; read to the end, not disposed.</param>
    /// <param name="file">The path shown in messages and stored as the source; also the document's identity.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    public static async Task<ImportOutcome> ImportAsync(Stream content, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.CanSeek && content.Length > MaxFileBytes)
        {
            return TooLarge(file);
        }

        // Sized up front when the length is known, so a large file is not copied through doubling buffers.
        using var buffer = content.CanSeek ? new MemoryStream((int)(content.Length - content.Position)) : new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return TooLarge(file);
            }

            buffer.Write(chunk, 0, read);
        }

        return Import(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), file);
    }

    /// <summary>Imports the given bytes, reported as <paramref name="file"/>.</summary>
    public static ImportOutcome Import(ReadOnlySpan<byte> bytes, string file)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } failure)
        {
            var kind = failure.Kind switch
            {
                DecodeFailureKind.Empty => ImportErrorKind.Empty,
                DecodeFailureKind.Binary => ImportErrorKind.Binary,
                _ => ImportErrorKind.InvalidEncoding,
            };
            return ImportOutcome.Failure(new ImportError(file, failure.Line, kind, failure.Message));
        }

        var text = decoded.Text!;
        var outcome = ImportText(text.Text, file);
        return outcome.File is { } imported
            ? ImportOutcome.Success(imported with { Encoding = text.EncodingName, MojibakeRepairs = text.MojibakeRepairs })
            : outcome;
    }

    /// <summary>Imports already-decoded text, reported as <paramref name="file"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="file">The file it is reported as.</param>
    /// <param name="storyRead">
    /// Called with each story of a hand-written Markdown bank as soon as it is read, before the rest of the file, so that
    /// work on it (the coach) can start while the import goes on; the outcome still holds every story. Not called for
    /// StoryBank's own exports, and called for stories of a file whose import fails later.
    /// </param>
    public static ImportOutcome ImportText(string text, string file, Action<Story>? storyRead = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return ImportOutcome.Failure(new ImportError(file, 0, ImportErrorKind.Empty, "the file is empty"));
        }

        // Decoded files already use \n; text handed in directly may not, and every reader counts lines by \n.
        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        return SniffFormat(text) switch
        {
            SourceFormat.Json => JsonBankReader.Read(text, file),
            SourceFormat.CanonicalMarkdown => CanonicalMarkdownReader.Read(text, file),
            _ => MarkdownBankReader.Read(text, file, DocumentIdFor(file), storyRead),
        };
    }

    /// <summary>The id a hand-written document imported from <paramref name="file"/> gets.</summary>
    public static string DocumentIdFor(string file) => StableId.For("document", file);

    /// <summary>Which reader the content calls for.</summary>
    public static SourceFormat SniffFormat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("{"))
        {
            return SourceFormat.Json;
        }

        return CanonicalMarkdownReader.LooksCanonical(text) ? SourceFormat.CanonicalMarkdown : SourceFormat.Markdown;
    }

    private static ImportOutcome TooLarge(string file) =>
        ImportOutcome.Failure(new ImportError(file, 0, ImportErrorKind.TooLarge, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MiB"));
}
