using System.Text.Json;
using StoryBank.Core.Model;

namespace StoryBank.Core.Export;

/// <summary>
/// Exports each document as one <c>&lt;document-slug&gt;.json</c> file:
/// <c>{ "storybank": 1, "document": { ... } }</c>, the shape described by <c>docs/schema/storybank-document.schema.json</c>.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class JsonExporter : IDocumentExporter
{
    /// <summary>The value of the <c>storybank</c> marker this exporter writes and the reader accepts.</summary>
    public const int FormatVersion = 1;

    /// <inheritdoc/>
    public IReadOnlyList<ExportedFile> Export(Document document) => ExportAll([document]);

    /// <inheritdoc/>
    public IReadOnlyList<ExportedFile> ExportAll(IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var list = documents.ToList();
        var slugs = Slug.ForDocuments(list);
        return [.. list.Select((document, i) => new ExportedFile($"{slugs[i]}.json", Serialize(document)))];
    }

    /// <summary>The JSON text of one document export.</summary>
    public static string Serialize(Document document) =>
        JsonSerializer.Serialize(new JsonEnvelope(FormatVersion, document), CanonicalJson.Indented).ReplaceLineEndings("\n") + "\n";
}

/// <summary>The top level of a JSON export.</summary>
/// <param name="Storybank">The format version marker.</param>
/// <param name="Document">The exported document.</param>
internal sealed record JsonEnvelope(int Storybank, Document Document);
