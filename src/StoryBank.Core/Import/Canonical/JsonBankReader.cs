using System.Text.Json;
using StoryBank.Core.Export;
using StoryBank.Core.Model;

namespace StoryBank.Core.Import.Canonical;

/// <summary>Reads StoryBank's JSON export (<c>{ "storybank": 1, "document": { ... } }</c>) back into a document.</summary>
/// <remarks>Stateless and thread-safe. Never throws on bad input: problems are returned as <see cref="ImportErrorKind.Malformed"/>.</remarks>
public static class JsonBankReader
{
    /// <summary>Reads one exported JSON document, reported as <paramref name="file"/>.</summary>
    public static ImportOutcome Read(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (CheckMarker(text, file) is { } markerError)
        {
            return ImportOutcome.Failure(markerError);
        }

        JsonEnvelope envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(text, CanonicalJson.Strict)!;
        }
        catch (JsonException e)
        {
            var where = string.IsNullOrEmpty(e.Path) ? string.Empty : $" at {e.Path}";
            return Malformed(file, LineOf(e), $"the JSON does not have the StoryBank document shape{where}: {Describe(e)}");
        }

        if (envelope.Document is null)
        {
            return Malformed(file, 0, "the StoryBank export has no document");
        }

        if (DocumentInvariants.FirstViolation(envelope.Document) is { } violation)
        {
            return Malformed(file, 0, violation);
        }

        var lines = text.Split('\n');
        var ledger = new LineLedger(lines);
        ledger.Claim(1, lines.Length);
        return ImportOutcome.Success(new ImportedFile(
            envelope.Document, FragmentKind.Whole, SourceFormat.Json, "utf-8", 0, [], ledger.ToAccounting()));
    }

    private static ImportError? CheckMarker(string text, string file)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind != JsonValueKind.Object
                || !json.RootElement.TryGetProperty(CanonicalFormat.MarkerKey, out var marker))
            {
                return new ImportError(file, 0, ImportErrorKind.Malformed, "not a StoryBank export: the JSON has no \"storybank\" marker");
            }

            return marker.ValueKind == JsonValueKind.Number && marker.TryGetInt32(out var version) && version == JsonExporter.FormatVersion
                ? null
                : new ImportError(file, 0, ImportErrorKind.Malformed,
                    $"unsupported StoryBank export version {marker.GetRawText()} (this version reads {JsonExporter.FormatVersion})");
        }
        catch (JsonException e)
        {
            return new ImportError(file, LineOf(e), ImportErrorKind.Malformed, $"malformed JSON: {Describe(e)}");
        }
    }

    private static ImportOutcome Malformed(string file, int line, string message) =>
        ImportOutcome.Failure(new ImportError(file, line, ImportErrorKind.Malformed, message));

    // JsonException.LineNumber is 0-based.
    private static int LineOf(JsonException e) => e.LineNumber is { } line ? (int)line + 1 : 0;

    // The serializer appends "Path: ... | LineNumber: ..." to its messages; the error carries both already.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        foreach (var tail in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message.Trim().TrimEnd('.');
    }
}
