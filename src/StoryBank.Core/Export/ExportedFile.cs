using StoryBank.Core.Model;

namespace StoryBank.Core.Export;

/// <summary>One file an exporter produced, with a path relative to the export folder.</summary>
/// <param name="RelativePath">Forward-slash relative path, e.g. <c>my-bank/crisis-management.md</c>.</param>
/// <param name="Content">The file's text (UTF-8, <c>\n</c> line endings).</param>
public sealed record ExportedFile(string RelativePath, string Content);

/// <summary>Turns documents into the files of one export format.</summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface IDocumentExporter
{
    /// <summary>The files that represent <paramref name="document"/>.</summary>
    IReadOnlyList<ExportedFile> Export(Document document);

    /// <summary>
    /// The files that represent all <paramref name="documents"/> in one export folder; documents whose names
    /// would collide get the first 6 characters of their id appended.
    /// </summary>
    IReadOnlyList<ExportedFile> ExportAll(IEnumerable<Document> documents);
}
