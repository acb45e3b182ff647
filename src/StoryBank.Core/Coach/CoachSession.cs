using System.Collections.Concurrent;
using StoryBank.Core.Coach.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Coach;

/// <summary>
/// Lints one document whose stories may arrive while it is still being imported: <see cref="Add"/> queues a story to be
/// checked on the thread pool at once, <see cref="Finish"/> checks whatever is still queued itself, waits for the rest,
/// checks any story not added, runs the rules that compare stories and builds the report in document order.
/// </summary>
/// <remarks>
/// <see cref="Add"/> is called from one thread (the importer's) while earlier stories are checked on others; each story's
/// findings are only touched by the thread checking it until <see cref="Finish"/> has waited for them all.
/// <see cref="Finish"/> does not just wait: a thread blocked on the pool's work would count against the pool's
/// threads and leave a core idle while stories are still queued.
/// </remarks>
public sealed class CoachSession
{
    private readonly string _file;
    private readonly CoachOptions _options;
    private readonly SourceLines? _source;
    private readonly Suppressions _suppressions;
    private readonly CoachRule[] _active;
    private readonly ConcurrentDictionary<Story, Checking> _started = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentQueue<Checking> _queued = new();

    /// <param name="file">The file the stories come from, as reported.</param>
    /// <param name="options">Rates, thresholds and severities.</param>
    /// <param name="source">The file's text, to point at exact lines and columns and honour suppression comments; <see langword="null"/> when the file is not at hand.</param>
    /// <exception cref="CoachConfigurationException">A suppression comment names a rule that does not exist.</exception>
    public CoachSession(string file, CoachOptions options, SourceLines? source = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _file = file;
        _options = options;
        _source = source;
        _suppressions = source is null ? Suppressions.None : Suppressions.Read(source, file, RuleCatalog.Find);
        _active = [.. RuleCatalog.All.Where(r => options.SeverityOf(r.Descriptor) != Severity.None)];
    }

    /// <summary>Starts checking <paramref name="story"/> in the background.</summary>
    public void Add(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var (context, findings) = Prepare(story);
        var checking = new Checking(context, findings);
        _started[story] = checking;
        _queued.Enqueue(checking);
        ThreadPool.UnsafeQueueUserWorkItem(static session => session.CheckNextQueued(), this, preferLocal: false);
    }

    /// <summary>The report on <paramref name="document"/>, once every story has been checked.</summary>
    public DocumentReport Finish(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var contexts = new StoryContext[document.Stories.Count];
        var findings = new List<Finding>[contexts.Length];
        var stats = new StoryStats[contexts.Length];
        var pending = new List<int>();
        for (var i = 0; i < contexts.Length; i++)
        {
            if (_started.TryGetValue(document.Stories[i], out var started))
            {
                (contexts[i], findings[i]) = (started.Context, started.Findings);
            }
            else
            {
                (contexts[i], findings[i]) = Prepare(document.Stories[i]);
                pending.Add(i);
            }
        }

        // Stories are independent (each has its own passages, caches and findings), so they are checked in parallel;
        // the rules that compare stories run after, on one thread.
        Parallel.ForEach(pending, i => stats[i] = Check(contexts[i]));
        while (CheckNextQueued())
        {
        }

        for (var i = 0; i < contexts.Length; i++)
        {
            if (_started.TryGetValue(document.Stories[i], out var started))
            {
                stats[i] = started.Result();
            }
        }

        foreach (var rule in _active)
        {
            rule.AnalyzeTogether(contexts);
        }

        var reports = new StoryReport[contexts.Length];
        for (var i = 0; i < contexts.Length; i++)
        {
            Finding[] ordered = [.. findings[i].Order(FindingOrder)];
            reports[i] = new StoryReport(contexts[i].Story, ordered, ReadinessScore.Of(ordered), stats[i]);
        }

        return new DocumentReport(_file, reports);
    }

    private (StoryContext, List<Finding>) Prepare(Story story)
    {
        var sink = new List<Finding>();
        var context = new StoryContext(story, _options, _source, (rule, span, message, excerpt, fixes) =>
        {
            if (!_suppressions.Silences(rule.Id, span.Line))
            {
                sink.Add(new Finding(rule, _options.SeverityOf(rule), message, story.Id, story.Title, span, excerpt, fixes));
            }
        });
        return (context, sink);
    }

    /// <summary>Checks the story queued first, if any is still queued; false when none was.</summary>
    private bool CheckNextQueued()
    {
        if (!_queued.TryDequeue(out var checking))
        {
            return false;
        }

        checking.Run(this);
        return true;
    }

    /// <summary>Runs every story rule on <paramref name="context"/> and measures the story.</summary>
    private StoryStats Check(StoryContext context)
    {
        foreach (var rule in _active)
        {
            rule.Analyze(context);
        }

        return StoryCoach.Measure(context);
    }

    /// <summary>Findings in source order; findings at the same place by rule ID (the sort is stable).</summary>
    private static readonly Comparer<Finding> FindingOrder = Comparer<Finding>.Create((first, second) =>
        first.Location.Line != second.Location.Line ? first.Location.Line.CompareTo(second.Location.Line)
        : first.Location.Column != second.Location.Column ? first.Location.Column.CompareTo(second.Location.Column)
        : string.CompareOrdinal(first.Rule.Id, second.Rule.Id));

    /// <summary>A story added while the document is read: checked once, by whichever thread takes it from the queue.</summary>
    private sealed class Checking(StoryContext context, List<Finding> findings)
    {
        private readonly TaskCompletionSource<StoryStats> _checked = new();

        public StoryContext Context { get; } = context;

        public List<Finding> Findings { get; } = findings;

        public void Run(CoachSession session)
        {
            try
            {
                _checked.SetResult(session.Check(Context));
            }
            catch (Exception e)
            {
                _checked.SetException(e); // rethrown by Result, on the thread that finishes the document
            }
        }

        /// <summary>The story's figures once it has been checked (waiting for the thread checking it).</summary>
        public StoryStats Result() => _checked.Task.GetAwaiter().GetResult();
    }
}
