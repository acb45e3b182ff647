using System.Text.Json;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach.Reports;

/// <summary>Writes lint results as JSON: per file, per story, findings with rule, severity, span and message; then the bank summary.</summary>
public static class LintJson
{
    /// <summary>Writes <paramref name="documents"/> and their summary to <paramref name="destination"/> as indented UTF-8 JSON.</summary>
    public static void Write(Stream destination, IReadOnlyList<DocumentReport> documents)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(documents);
        using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("files");
        foreach (var document in documents)
        {
            json.WriteStartObject();
            json.WriteString("file", document.File);
            json.WriteBoolean("noStories", document.Stories.Count == 0);
            json.WriteStartArray("stories");
            foreach (var story in document.Stories)
            {
                WriteStory(json, story);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("summary");
        JsonSerializer.Serialize(json, BankSummary.Of(documents), ModelJson.Indented);
        json.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter json, StoryReport story)
    {
        json.WriteStartObject();
        json.WriteString("id", story.Story.Id);
        json.WriteString("title", story.Story.Title);
        json.WriteNumber("line", story.Story.Source.StartLine);
        json.WriteString("framework", story.Story.Framework.ToString());
        json.WriteNumber("readiness", story.Readiness);
        json.WriteBoolean("practiceReady", story.PracticeReady);
        json.WritePropertyName("stats");
        JsonSerializer.Serialize(json, story.Stats, ModelJson.Indented);
        json.WriteStartArray("findings");
        foreach (var finding in story.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Rule.Id);
            json.WriteString("rule", finding.Rule.Alias);
            json.WriteString("category", finding.Rule.Category.ToString().ToLowerInvariant());
            json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", finding.Message);
            json.WriteNumber("line", finding.Location.Line);
            json.WriteNumber("column", finding.Location.Column);
            json.WriteNumber("endLine", finding.Location.EndLine);
            json.WriteNumber("endColumn", finding.Location.EndColumn);
            json.WriteString("excerpt", finding.Excerpt);
            json.WriteString("help", finding.Rule.HelpPath);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
