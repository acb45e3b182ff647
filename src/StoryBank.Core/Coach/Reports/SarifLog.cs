using System.Text.Json;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach.Reports;

/// <summary>Writes lint results as a SARIF 2.1.0 log (the format code editors and CI systems show findings from), one file at a time.</summary>
public sealed class SarifLog : IDisposable
{
    /// <summary>The schema the output follows.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private static readonly Dictionary<string, int> RuleIndex =
        RuleCatalog.All.Select((r, i) => (r.Descriptor.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

    private readonly Utf8JsonWriter _json;

    /// <summary>Starts a log on <paramref name="destination"/>: the tool, its rules, and an open list of results.</summary>
    public SarifLog(Stream destination, string toolVersion)
    {
        var json = _json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "StoryBank");
        json.WriteString("fullName", "StoryBank story coach");
        json.WriteString("version", toolVersion);
        json.WriteStartArray("rules");
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(json, rule.Descriptor);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
    }

    /// <summary>Writes the findings of one linted file and flushes them.</summary>
    public void Add(DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var finding in document.Findings)
        {
            WriteResult(_json, finding, RuleIndex[finding.Rule.Id]);
            LintJson.FlushWhenFull(_json);
        }

        _json.Flush();
    }

    /// <summary>Closes the results and the log.</summary>
    public void Finish()
    {
        _json.WriteEndArray();
        _json.WriteString("columnKind", "utf16CodeUnits");
        _json.WriteEndObject();
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => _json.Dispose();

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Alias);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Advice);
        json.WriteEndObject();
        json.WriteStartObject("messageStrings");
        json.WriteStartObject("default");
        json.WriteString("text", rule.MessageFormat);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"{rule.Title}. {rule.Advice} See {rule.HelpPath}.");
        json.WriteString("markdown", $"{rule.Title}. {rule.Advice} See [{rule.Id}]({rule.HelpPath}).");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteBoolean("enabled", rule.DefaultSeverity != Severity.None);
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category.ToString().ToLowerInvariant());
        json.WriteStartArray("tags");
        json.WriteStringValue(rule.Category.ToString().ToLowerInvariant());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.Rule.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(finding.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", ArtifactUri(finding.Location.File));
        json.WriteEndObject();
        if (finding.Location.Line >= 1)
        {
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Location.Line);
            json.WriteNumber("startColumn", Math.Max(1, finding.Location.Column));
            json.WriteNumber("endLine", Math.Max(finding.Location.Line, finding.Location.EndLine));
            json.WriteNumber("endColumn", Math.Max(1, finding.Location.EndColumn));
            if (finding.Excerpt.Length > 0)
            {
                json.WriteStartObject("snippet");
                json.WriteString("text", finding.Excerpt);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("logicalLocations");
        json.WriteStartObject();
        json.WriteString("name", finding.StoryTitle);
        json.WriteString("fullyQualifiedName", finding.StoryId);
        json.WriteString("kind", "object");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        if (finding.Fixes.Count > 0)
        {
            WriteFixes(json, finding);
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("storyFinding/v1", StableId.For("finding", finding.StoryId, finding.Rule.Id, finding.Excerpt));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("storyId", finding.StoryId);
        json.WriteString("storyTitle", finding.StoryTitle);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteStartObject("description");
            json.WriteString("text", Describe(fix, finding.Excerpt));
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ArtifactUri(fix.Span.File));
            json.WriteEndObject();
            json.WriteStartArray("replacements");
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion");
            json.WriteNumber("startLine", fix.Span.Line);
            json.WriteNumber("startColumn", fix.Span.Column);
            json.WriteNumber("endLine", fix.Span.EndLine);
            json.WriteNumber("endColumn", fix.Span.EndColumn);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent");
            json.WriteString("text", fix.NewText);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A fix in words: "Replace “We” with “I”" or "Delete “around ”".</summary>
    public static string Describe(TextEdit fix, string excerpt)
    {
        ArgumentNullException.ThrowIfNull(fix);
        return fix.NewText.Length == 0 ? $"Delete \"{excerpt}\"" : $"Replace \"{excerpt}\" with \"{fix.NewText}\"";
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Note => "note",
        _ => "none",
    };

    /// <summary>An absolute path becomes a file: URI; a relative one stays relative, with '/' separators and escaping.</summary>
    private static string ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(path).AbsoluteUri;
        }

        return string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }
}
