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
        json.WriteString("$schema"u8, SchemaUri);
        json.WriteString("version"u8, "2.1.0");
        json.WriteStartArray("runs"u8);
        json.WriteStartObject();
        json.WriteStartObject("tool"u8);
        json.WriteStartObject("driver"u8);
        json.WriteString("name"u8, "StoryBank");
        json.WriteString("fullName"u8, "StoryBank story coach");
        json.WriteString("version"u8, toolVersion);
        json.WriteStartArray("rules"u8);
        foreach (var rule in RuleCatalog.All)
        {
            WriteRule(json, rule.Descriptor);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results"u8);
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
        _json.WriteString("columnKind"u8, "utf16CodeUnits");
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
        json.WriteString("id"u8, rule.Id);
        json.WriteString("name"u8, rule.Alias);
        json.WriteStartObject("shortDescription"u8);
        json.WriteString("text"u8, rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription"u8);
        json.WriteString("text"u8, rule.Advice);
        json.WriteEndObject();
        json.WriteStartObject("messageStrings"u8);
        json.WriteStartObject("default"u8);
        json.WriteString("text"u8, rule.MessageFormat);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("help"u8);
        json.WriteString("text"u8, $"{rule.Title}. {rule.Advice} See {rule.HelpPath}.");
        json.WriteString("markdown"u8, $"{rule.Title}. {rule.Advice} See [{rule.Id}]({rule.HelpPath}).");
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration"u8);
        json.WriteString("level"u8, rule.DefaultSeverity.Name());
        json.WriteBoolean("enabled"u8, rule.DefaultSeverity != Severity.None);
        json.WriteEndObject();
        json.WriteStartObject("properties"u8);
        json.WriteString("category"u8, rule.CategoryName);
        json.WriteStartArray("tags"u8);
        json.WriteStringValue(rule.CategoryName);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Finding finding, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId"u8, finding.Rule.Id);
        json.WriteNumber("ruleIndex"u8, ruleIndex);
        json.WriteString("level"u8, finding.Severity.Name());
        json.WriteStartObject("message"u8);
        json.WriteString("text"u8, finding.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations"u8);
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation"u8);
        json.WriteStartObject("artifactLocation"u8);
        json.WriteString("uri"u8, ArtifactUri(finding.Location.File));
        json.WriteEndObject();
        if (finding.Location.Line >= 1)
        {
            json.WriteStartObject("region"u8);
            json.WriteNumber("startLine"u8, finding.Location.Line);
            json.WriteNumber("startColumn"u8, Math.Max(1, finding.Location.Column));
            json.WriteNumber("endLine"u8, Math.Max(finding.Location.Line, finding.Location.EndLine));
            json.WriteNumber("endColumn"u8, Math.Max(1, finding.Location.EndColumn));
            if (finding.Excerpt.Length > 0)
            {
                json.WriteStartObject("snippet"u8);
                json.WriteString("text"u8, finding.Excerpt);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("logicalLocations"u8);
        json.WriteStartObject();
        json.WriteString("name"u8, finding.StoryTitle);
        json.WriteString("fullyQualifiedName"u8, finding.StoryId);
        json.WriteString("kind"u8, "object");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        if (finding.Fixes.Count > 0)
        {
            WriteFixes(json, finding);
        }

        json.WriteStartObject("partialFingerprints"u8);
        json.WriteString("storyFinding/v1", StableId.For("finding", finding.StoryId, finding.Rule.Id, finding.Excerpt));
        json.WriteEndObject();
        json.WriteStartObject("properties"u8);
        json.WriteString("storyId"u8, finding.StoryId);
        json.WriteString("storyTitle"u8, finding.StoryTitle);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartArray("fixes"u8);
        foreach (var fix in finding.Fixes)
        {
            json.WriteStartObject();
            json.WriteStartObject("description"u8);
            json.WriteString("text"u8, Describe(fix, finding.Excerpt));
            json.WriteEndObject();
            json.WriteStartArray("artifactChanges"u8);
            json.WriteStartObject();
            json.WriteStartObject("artifactLocation"u8);
            json.WriteString("uri"u8, ArtifactUri(fix.Span.File));
            json.WriteEndObject();
            json.WriteStartArray("replacements"u8);
            json.WriteStartObject();
            json.WriteStartObject("deletedRegion"u8);
            json.WriteNumber("startLine"u8, fix.Span.Line);
            json.WriteNumber("startColumn"u8, fix.Span.Column);
            json.WriteNumber("endLine"u8, fix.Span.EndLine);
            json.WriteNumber("endColumn"u8, fix.Span.EndColumn);
            json.WriteEndObject();
            json.WriteStartObject("insertedContent"u8);
            json.WriteString("text"u8, fix.NewText);
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
