using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace StoryBank.Core.Coach.Reports;

/// <summary>
/// Writes lint results as JSON, one document at a time so memory stays flat however many files are linted:
/// <c>{"files": [{file, noStories, stories: [{id, title, line, readiness, practiceReady, stats, findings: [...]}]}], "summary": {...}}</c>.
/// </summary>
public sealed class LintJson : IDisposable
{
    /// <summary>Stories per run: a run's text is written apart, on any core, and copied out in document order.</summary>
    private const int StoriesPerRun = 32;

    private static readonly JsonWriterOptions Options = new() { Indented = true };

    private readonly Utf8JsonWriter _json;
    private readonly ConcurrentBag<StoryRun> _freeRuns = [];
    private readonly List<StoryRun> _allRuns = [];

    /// <summary>Runs written ahead of the one being copied out: enough to keep every core busy, few enough to keep memory flat.</summary>
    private static int RunsAhead => 2 * Environment.ProcessorCount;

    /// <summary>Starts the document on <paramref name="destination"/> (UTF-8, indented).</summary>
    public LintJson(Stream destination)
    {
        _json = new Utf8JsonWriter(destination, Options);
        _json.WriteStartObject();
        _json.WriteStartArray("files"u8);
    }

    /// <summary>Writes one linted file and flushes it.</summary>
    public void Add(DocumentReport document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _json.WriteStartObject();
        _json.WriteString("file"u8, document.File);
        _json.WriteBoolean("noStories"u8, document.Stories.Count == 0);
        _json.WriteStartArray("stories"u8);
        var stories = document.Stories;
        var written = new Queue<Task<StoryRun>>();
        for (var first = 0; first < stories.Count; first += StoriesPerRun)
        {
            var (from, to) = (first, Math.Min(stories.Count, first + StoriesPerRun));
            var run = RentRun();
            written.Enqueue(Task.Run(() => run.Write(stories, from, to)));
            if (written.Count > RunsAhead)
            {
                CopyOut(written.Dequeue());
            }
        }

        while (written.Count > 0)
        {
            CopyOut(written.Dequeue());
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
    }

    private StoryRun RentRun()
    {
        if (_freeRuns.TryTake(out var run))
        {
            return run;
        }

        run = new StoryRun();
        _allRuns.Add(run);
        return run;
    }

    /// <summary>Copies a run's text into the document once it is written (helping to write it if no other thread has started).</summary>
    private void CopyOut(Task<StoryRun> written)
    {
        var run = written.GetAwaiter().GetResult();
        _json.WriteRawValue(run.Text, skipInputValidation: true);
        FlushWhenFull(_json);
        _freeRuns.Add(run);
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
    public void Dispose()
    {
        _json.Dispose();
        foreach (var run in _allRuns)
        {
            run.Dispose();
        }
    }

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
        json.WriteStartObject("summary"u8);
        json.WriteNumber("stories"u8, summary.Stories);
        json.WriteNumber("practiceReady"u8, summary.PracticeReady);
        json.WriteStartArray("byReadiness"u8);
        foreach (var band in summary.ByReadiness)
        {
            json.WriteStartObject();
            json.WriteString("band"u8, band.Band);
            json.WriteNumber("stories"u8, band.Stories);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("frequentProblems"u8);
        foreach (var rule in summary.FrequentProblems)
        {
            json.WriteStartObject();
            json.WriteString("id"u8, rule.Id);
            json.WriteString("alias"u8, rule.Alias);
            json.WriteString("title"u8, rule.Title);
            json.WriteNumber("stories"u8, rule.Stories);
            json.WriteNumber("findings"u8, rule.Findings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notReady"u8);
        foreach (var story in summary.NotReady)
        {
            json.WriteStartObject();
            json.WriteString("id"u8, story.Id);
            json.WriteString("title"u8, story.Title);
            json.WriteString("file"u8, story.File);
            json.WriteNumber("line"u8, story.Line);
            json.WriteNumber("readiness"u8, story.Readiness);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("errors"u8, summary.Errors);
        json.WriteNumber("warnings"u8, summary.Warnings);
        json.WriteNumber("notes"u8, summary.Notes);
        json.WriteEndObject();
    }

    private static void WriteStory(Utf8JsonWriter json, StoryReport story)
    {
        json.WriteStartObject();
        json.WriteString("id"u8, story.Story.Id);
        json.WriteString("title"u8, story.Story.Title);
        json.WriteNumber("line"u8, story.Story.Source.StartLine);
        json.WriteString("framework"u8, story.Story.Framework.ToString());
        json.WriteNumber("readiness"u8, story.Readiness);
        json.WriteBoolean("practiceReady"u8, story.PracticeReady);
        var stats = story.Stats;
        json.WriteStartObject("stats"u8);
        json.WriteNumber("fullWords"u8, stats.FullWords);
        json.WriteNumber("fullSeconds"u8, stats.FullSeconds);
        json.WriteNumber("shortWords"u8, stats.ShortWords);
        json.WriteNumber("shortSeconds"u8, stats.ShortSeconds);
        json.WriteNumber("actionShare"u8, stats.ActionShare);
        json.WriteNumber("setupShare"u8, stats.SetupShare);
        json.WriteNumber("actionI"u8, stats.ActionI);
        json.WriteNumber("actionWe"u8, stats.ActionWe);
        json.WriteEndObject();
        json.WriteStartArray("findings"u8);
        foreach (var finding in story.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId"u8, finding.Rule.Id);
            json.WriteString("rule"u8, finding.Rule.Alias);
            json.WriteString("category"u8, finding.Rule.CategoryName);
            json.WriteString("severity"u8, finding.Severity.Name());
            json.WriteString("message"u8, finding.Message);
            json.WriteNumber("line"u8, finding.Location.Line);
            json.WriteNumber("column"u8, finding.Location.Column);
            json.WriteNumber("endLine"u8, finding.Location.EndLine);
            json.WriteNumber("endColumn"u8, finding.Location.EndColumn);
            json.WriteString("excerpt"u8, finding.Excerpt);
            json.WriteString("help"u8, finding.Rule.HelpPath);
            json.WriteStartArray("fixes"u8);
            foreach (var fix in finding.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("description"u8, SarifLog.Describe(fix, finding.Excerpt));
                json.WriteNumber("line"u8, fix.Span.Line);
                json.WriteNumber("column"u8, fix.Span.Column);
                json.WriteNumber("endLine"u8, fix.Span.EndLine);
                json.WriteNumber("endColumn"u8, fix.Span.EndColumn);
                json.WriteString("newText"u8, fix.NewText);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Stories written apart from the document, as the document's writer would write them in place: its own writer first
    /// opens the containers a story sits in, so the separators, line breaks and indentation it writes are the document's.
    /// </summary>
    private sealed class StoryRun : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
        private readonly Utf8JsonWriter _json;
        private int _containers;

        public StoryRun() => _json = new Utf8JsonWriter(_buffer, Options);

        public void Dispose() => _json.Dispose();

        /// <summary>The stories written last, as one raw JSON run.</summary>
        public ReadOnlySpan<byte> Text => _buffer.WrittenSpan[_containers..];

        public StoryRun Write(IReadOnlyList<StoryReport> stories, int from, int to)
        {
            _buffer.ResetWrittenCount();
            _json.Reset(_buffer);
            _json.WriteStartObject();
            _json.WriteStartArray("files"u8);
            _json.WriteStartObject();
            _json.WriteStartArray("stories"u8);
            _json.Flush();
            _containers = _buffer.WrittenCount;
            for (var i = from; i < to; i++)
            {
                WriteStory(_json, stories[i]);
            }

            _json.Flush();
            return this;
        }
    }
}
