using System.Text.Json;

namespace StoryBank.Core.Coach.Reports;

/// <summary>
/// Writes lint results as JSON, one document at a time so memory stays flat however many files are linted:
/// <c>{"files": [{file, noStories, stories: [{id, title, line, readiness, practiceReady, stats, findings: [...]}]}], "summary": {...}}</c>.
/// </summary>
public sealed class LintJson : IDisposable
{
    private readonly Utf8JsonWriter _json;

    /// <summary>Starts the document on <paramref name="destination"/> (UTF-8, indented).</summary>
    public LintJson(Stream destination)
    {
        _json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        _json.WriteStartObject();
        _json.WriteStartArray("files");
    }

    /// <summary>Writes one linted file and flushes it.</summary>
    public void Add(DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _json.WriteStartObject();
        _json.WriteString("file", document.File);
        _json.WriteBoolean("noStories", document.Stories.Count == 0);
        _json.WriteStartArray("stories");
        foreach (var story in document.Stories)
        {
            WriteStory(story);
            FlushWhenFull(_json);
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>Closes the file list and writes the summary.</summary>
    public void Finish(BankSummary summary)
    {
        _json.WriteEndArray();
        WriteSummary(summary);
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => _json.Dispose();

    /// <summary>Bytes a writer buffers before a large file's output is passed on, so no buffer grows with the file.</summary>
    internal const int FlushThreshold = 32 * 1024;

    /// <summary>Passes the buffered output on once it reaches <see cref="FlushThreshold"/>.</summary>
    internal static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }

    // Written by hand rather than with JsonSerializer: no reflection, so the first lint of a process does not pay for
    // building serialization metadata, and the writer works the same when the code is compiled ahead of time.
    private void WriteSummary(BankSummary summary)
    {
        var json = _json;
        json.WriteStartObject("summary");
        json.WriteNumber("stories", summary.Stories);
        json.WriteNumber("practiceReady", summary.PracticeReady);
        json.WriteStartArray("byReadiness");
        foreach (var band in summary.ByReadiness)
        {
            json.WriteStartObject();
            json.WriteString("band", band.Band);
            json.WriteNumber("stories", band.Stories);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("frequentProblems");
        foreach (var rule in summary.FrequentProblems)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("alias", rule.Alias);
            json.WriteString("title", rule.Title);
            json.WriteNumber("stories", rule.Stories);
            json.WriteNumber("findings", rule.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notReady");
        foreach (var story in summary.NotReady)
        {
            json.WriteStartObject();
            json.WriteString("id", story.Id);
            json.WriteString("title", story.Title);
            json.WriteString("file", story.File);
            json.WriteNumber("line", story.Line);
            json.WriteNumber("readiness", story.Readiness);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("errors", summary.Errors);
        json.WriteNumber("warnings", summary.Warnings);
        json.WriteNumber("notes", summary.Notes);
        json.WriteEndObject();
    }

    private void WriteStory(StoryReport story)
    {
        var json = _json;
        json.WriteStartObject();
        json.WriteString("id", story.Story.Id);
        json.WriteString("title", story.Story.Title);
        json.WriteNumber("line", story.Story.Source.StartLine);
        json.WriteString("framework", story.Story.Framework.ToString());
        json.WriteNumber("readiness", story.Readiness);
        json.WriteBoolean("practiceReady", story.PracticeReady);
        var stats = story.Stats;
        json.WriteStartObject("stats");
        json.WriteNumber("fullWords", stats.FullWords);
        json.WriteNumber("fullSeconds", stats.FullSeconds);
        json.WriteNumber("shortWords", stats.ShortWords);
        json.WriteNumber("shortSeconds", stats.ShortSeconds);
        json.WriteNumber("actionShare", stats.ActionShare);
        json.WriteNumber("setupShare", stats.SetupShare);
        json.WriteNumber("actionI", stats.ActionI);
        json.WriteNumber("actionWe", stats.ActionWe);
        json.WriteEndObject();
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
            json.WriteStartArray("fixes");
            foreach (var fix in finding.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("description", SarifLog.Describe(fix, finding.Excerpt));
                json.WriteNumber("line", fix.Span.Line);
                json.WriteNumber("column", fix.Span.Column);
                json.WriteNumber("endLine", fix.Span.EndLine);
                json.WriteNumber("endColumn", fix.Span.EndColumn);
                json.WriteString("newText", fix.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
