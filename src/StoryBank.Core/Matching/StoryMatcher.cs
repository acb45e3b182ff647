using System.Globalization;
using StoryBank.Core.Catalog;
using StoryBank.Core.Matching.Meaning;
using StoryBank.Core.Matching.Ranking;
using StoryBank.Core.Matching.Text;
using StoryBank.Core.Model;

namespace StoryBank.Core.Matching;

/// <summary>What a query is: an interview question, a theme ("Conflict/Disagreement") or a company value ("Dive Deep").</summary>
public enum QueryKind
{
    /// <summary>An interview question.</summary>
    Question,
    /// <summary>A theme or competency.</summary>
    Theme,
    /// <summary>A company value or interview pillar.</summary>
    Value,
}

/// <summary>A company value a query names, with the pack it belongs to.</summary>
public sealed record ValueMention(string Company, CompanyValue Value);

/// <summary>A competency a query asks for, how surely, and why the matcher thinks so.</summary>
/// <param name="Id">The competency's id.</param>
/// <param name="Weight">1 when the query names it or a value that draws on it; less when it comes from a similar catalogue question.</param>
/// <param name="Why">Where it comes from: the phrase, the value or the similar question.</param>
public sealed record AskedCompetency(string Id, double Weight, string Why);

/// <summary>How the matcher read a query: its kind, the competencies it asks for and the company values it names.</summary>
/// <param name="Kind">Question, theme or value.</param>
/// <param name="Competencies">The competencies asked for: named in the query, drawn on by a value it names, or probed by the catalogue's questions most like it.</param>
/// <param name="Values">The company values the query names.</param>
public sealed record QueryReading(QueryKind Kind, IReadOnlyList<AskedCompetency> Competencies, IReadOnlyList<ValueMention> Values);

/// <summary>The role a story plays in an answer.</summary>
public enum MatchRole
{
    /// <summary>The story to tell.</summary>
    GoTo,
    /// <summary>The story to tell if the go-to was used already: from another project where one matches.</summary>
    Backup,
    /// <summary>Another story that fits.</summary>
    Alternative,
}

/// <summary>A story that answers a query, with its score and plain reasons.</summary>
/// <param name="Story">The story.</param>
/// <param name="Score">0–1: the share of the best story's evidence, words and competencies combined.</param>
/// <param name="Role">Go-to, backup or alternative.</param>
/// <param name="Reasons">Why, in plain words, each naming where in the story or the bank it comes from.</param>
public sealed record StoryMatch(Story Story, double Score, MatchRole Role, IReadOnlyList<string> Reasons);

/// <summary>The answer to a query: the framework to use and the stories to tell, best first.</summary>
public sealed record MatchAnswer(string Query, QueryReading Reading, FrameworkChoice Framework, IReadOnlyList<StoryMatch> Stories);

/// <summary>
/// Matches interview questions, themes and company values to a bank's stories. The ranking adds two kinds of evidence,
/// each scaled to the best story's: the query's words in the story (BM25F over title, stated uses, headings and text, by
/// stems, so "debugging" finds "debugged" and "dove" finds "dive"), and the competencies the query asks for (from the
/// taxonomy's synonyms, or the value it names) as the story's profile shows them. Deterministic: ties keep bank order.
/// </summary>
/// <remarks>Immutable and thread-safe once built.</remarks>
public sealed class StoryMatcher
{
    /// <summary>The longest query accepted, in characters: interview questions are far shorter.</summary>
    public const int MaxQueryLength = 1000;

    private readonly IReadOnlyList<StoryFields> _fields;
    private readonly Bm25Index _index;
    private readonly StoryProfile[] _profiles;
    private readonly Dictionary<string, CompetencyTag>[] _tags;
    private readonly InterviewCatalog _catalog;
    private readonly CompetencyFinder _finder;
    private readonly EntrySimilarity _stated;
    private readonly EntrySimilarity _questions;
    private readonly MatchWeights _weights;
    private readonly MeaningIndex? _meaning;

    // A backup from another project may score this much less than the next best story and still be preferred to it.
    private const double BackupScoreShare = 0.75;

    /// <summary>Indexes <paramref name="stories"/> with the <paramref name="mappings"/> their documents state.</summary>
    /// <param name="stories">The bank's stories, in bank order.</param>
    /// <param name="mappings">The questions, themes and values the documents map to stories.</param>
    /// <param name="catalog">The taxonomy and value packs to read queries and stories with.</param>
    /// <param name="overridesOf">The user's tag overrides of a story, by story id; none when null.</param>
    /// <param name="weights">How the evidence is weighed; <see cref="MatchWeights.Default"/> when null.</param>
    /// <param name="encoder">A sentence-embedding model for the evidence of meaning; without one, words and competencies only.</param>
    public StoryMatcher(IReadOnlyList<Story> stories, IEnumerable<Mapping> mappings, InterviewCatalog catalog, Func<string, TagOverrides>? overridesOf = null, MatchWeights? weights = null, ITextEncoder? encoder = null)
    {
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _finder = ReferenceEquals(catalog.Competencies, InterviewCatalog.Default.Competencies) ? CompetencyFinder.Default : new CompetencyFinder(catalog.Competencies);
        var profiler = new StoryProfiler(_finder);
        _fields = StoryFields.Of(stories, mappings);
        _weights = weights ?? MatchWeights.Default;
        _index = new Bm25Index(_fields, _weights.FieldWeights);
        _questions = new EntrySimilarity(catalog.Questions.Select((q, i) => (i, q.Text)));
        _stated = new EntrySimilarity(
            _fields.SelectMany((f, i) => f.Texts().Where(t => t.Field is StoryField.Title or StoryField.Stated).Select(t => (i, t.Text))),
            _questions.Rarity);
        _meaning = encoder is null ? null : new MeaningIndex(_fields, encoder);
        _profiles = [.. stories.Select(s => profiler.Profile(s, overridesOf?.Invoke(s.Id)))];
        _tags = [.. _profiles.Select(p => p.Competencies.ToDictionary(c => c.CompetencyId, StringComparer.Ordinal))];
    }

    /// <summary>The stories, in bank order.</summary>
    public IReadOnlyList<Story> Stories => [.. _fields.Select(f => f.Story)];

    /// <summary>The profile of each story, in bank order.</summary>
    public IReadOnlyList<StoryProfile> Profiles => _profiles;

    /// <summary>Why <paramref name="query"/> cannot be matched (empty, no words, too long), or null when it can.</summary>
    public static string? ProblemWith(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || !query.Any(char.IsLetterOrDigit))
        {
            return "the query is empty: give a question, a theme or a company value, e.g. \"Tell me about a time you disagreed with your manager\"";
        }

        return query.Length > MaxQueryLength
            ? $"the query is {query.Length:N0} characters long; at most {MaxQueryLength:N0} are accepted (a question, a theme or a value name)"
            : null;
    }

    /// <summary>Reads <paramref name="query"/>: its kind, the competencies it asks for and the values it names.</summary>
    /// <param name="query">The question, theme or value.</param>
    /// <param name="company">The pack whose values are looked for; all packs when null.</param>
    public QueryReading Read(string query, ValuePack? company = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = Terms.Tokenize(query).Select(t => t.Term).ToList();
        var values = new List<ValueMention>();
        var isValueName = false;
        foreach (var pack in company is null ? _catalog.Packs : [company])
        {
            foreach (var value in pack.Values)
            {
                var name = Terms.Tokenize(value.Name).Select(t => t.Term).ToList();
                if (name.Count > 0 && Terms.ContainsRun(terms, name))
                {
                    values.Add(new ValueMention(pack.Company, value));
                    isValueName |= name.Count == terms.Count;
                }
            }
        }

        var asked = new Dictionary<string, AskedCompetency>(StringComparer.Ordinal);
        void Ask(string id, double weight, string why)
        {
            if (!asked.TryGetValue(id, out var known) || known.Weight < weight)
            {
                asked[id] = new AskedCompetency(id, weight, why);
            }
        }

        foreach (var evidence in _finder.Find(query))
        {
            Ask(evidence.CompetencyId, 1, $"\"{evidence.Phrase}\"");
        }

        foreach (var mention in values)
        {
            foreach (var id in mention.Value.Competencies)
            {
                Ask(id, 1, $"{mention.Value.Name} ({mention.Company})");
            }
        }

        var similarity = new double[_catalog.Questions.Count];
        _questions.Closest(EntrySimilarity.ContentTerms(query), similarity, new string?[similarity.Length]);
        foreach (var (question, closeness) in similarity.Select((c, i) => (_catalog.Questions[i], c)).Where(q => q.c >= _weights.SimilarQuestion))
        {
            foreach (var id in question.Competencies)
            {
                Ask(id, Math.Round(closeness, 3), $"like \"{question.Text}\"");
            }
        }

        var competencies = asked.Values.OrderByDescending(a => a.Weight).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        // "Tell me about a time you took ownership" names Amazon's Ownership but is a question; "Ownership" alone, or
        // "Have Backbone; Disagree and Commit" (which opens like a question), is the value.
        var kind = isValueName ? QueryKind.Value
            : LooksLikeQuestion(query) ? QueryKind.Question
            : values.Count > 0 ? QueryKind.Value : QueryKind.Theme;
        return new QueryReading(kind, competencies, values);
    }

    /// <summary>The framework and the best <paramref name="top"/> stories for <paramref name="query"/>.</summary>
    /// <param name="query">A question, theme or value; see <see cref="ProblemWith"/> for what is refused.</param>
    /// <param name="company">The company whose values the query may name; all packs when null.</param>
    /// <param name="top">How many stories to return at most: the go-to, the backup and alternatives.</param>
    /// <exception cref="ArgumentException">The query is refused by <see cref="ProblemWith"/>.</exception>
    public MatchAnswer Match(string query, ValuePack? company = null, int top = 3)
    {
        if (ProblemWith(query) is { } problem)
        {
            throw new ArgumentException(problem, nameof(query));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var reading = Read(query, company);
        var ranked = Rank(query, reading, out var hits, out var closest, out var meaning);
        var chosen = ChooseGoToAndBackup(ranked, top);
        var matches = chosen.Select(c => new StoryMatch(
            _fields[c.Story].Story,
            Math.Round(c.Score, 3),
            c.Role,
            Reasons(c.Story, query, reading, hits[c.Story], closest[c.Story], meaning, c.Role, chosen[0].Story))).ToList();
        return new MatchAnswer(query, reading, FrameworkChooser.Choose(query, reading.Kind), matches);
    }

    /// <summary>Every story with a positive score for <paramref name="query"/>, best first (ties in bank order), as indexes into <see cref="Stories"/>.</summary>
    public IReadOnlyList<int> RankAll(string query, ValuePack? company = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return [.. Rank(query, Read(query, company), out _, out _, out _).Select(r => r.Story)];
    }

    private List<(int Story, double Score)> Rank(string query, QueryReading reading, out List<TermHit>?[] hits, out (double Similarity, string? Text)[] closest, out MeaningQuery? meaning)
    {
        var count = _fields.Count;
        var words = new double[count];
        hits = new List<TermHit>?[count];
        var queryTerms = Terms.Tokenize(query)
            .Select(t => t.Term)
            .Where(t => !Terms.IsStopTerm(t))
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count() * _questions.Rarity(g.Key)))
            .ToList();

        _index.Score(queryTerms, words, hits);

        var stated = new double[count];
        var statedText = new string?[count];
        _stated.Closest(queryTerms.Select(t => t.Item1).ToHashSet(StringComparer.Ordinal), stated, statedText);
        closest = [.. stated.Zip(statedText)];

        var topics = new double[count];
        var asked = reading.Competencies.Sum(c => c.Weight);
        foreach (var competency in reading.Competencies)
        {
            for (var s = 0; s < count; s++)
            {
                if (_tags[s].TryGetValue(competency.Id, out var tag))
                {
                    // Saturates: a story is not twice as good for showing a competency twice as often.
                    topics[s] += competency.Weight / asked * tag.Weight / (tag.Weight + 3);
                }
            }
        }

        meaning = _meaning?.Read(query);
        var total = _weights.Words + _weights.Stated + _weights.Competencies + (meaning is null ? 0 : _weights.Meaning);
        var maxWords = words.Max();
        var ranked = new List<(int Story, double Score)>();
        for (var s = 0; s < count; s++)
        {
            var score = ((maxWords > 0 ? _weights.Words * words[s] / maxWords : 0) + (_weights.Stated * stated[s]) + (_weights.Competencies * topics[s])
                + (meaning is null ? 0 : _weights.Meaning * meaning.Closeness[s])) / total;
            if (score > 0)
            {
                ranked.Add((s, score));
            }
        }

        // Stable sort: equal scores keep bank order, so the ranking is the same on every run.
        return [.. ranked.OrderByDescending(r => r.Score)];
    }

    private List<(int Story, double Score, MatchRole Role)> ChooseGoToAndBackup(List<(int Story, double Score)> ranked, int top)
    {
        var chosen = new List<(int Story, double Score, MatchRole Role)>();
        if (ranked.Count == 0)
        {
            return chosen;
        }

        var goTo = ranked[0].Story;
        chosen.Add((goTo, ranked[0].Score, MatchRole.GoTo));
        // The backup is the next best story, unless it may be from the go-to's project or retells the go-to, and a story
        // known to be from another project (or, where projects are not named, not a retelling) scores nearly as well:
        // then that one, so that one incident cannot sink both answers.
        var goToProject = ProjectOf(_fields[goTo].Story);
        bool MayBeTheSame(int story) => (goToProject is not null && !IsOtherProject(story, goToProject)) || Retells(story, goTo);
        bool KnownToDiffer(int story) => !Retells(story, goTo) && (goToProject is null ? _meaning is not null : IsOtherProject(story, goToProject));
        var backupAt = ranked.Count > 1 ? 1 : -1;
        if (backupAt == 1 && MayBeTheSame(ranked[1].Story))
        {
            var other = ranked.FindIndex(2, r => KnownToDiffer(r.Story));
            if (other > 0 && ranked[other].Score >= BackupScoreShare * ranked[1].Score)
            {
                backupAt = other;
            }
        }

        if (backupAt > 0 && top > 1)
        {
            chosen.Add((ranked[backupAt].Story, ranked[backupAt].Score, MatchRole.Backup));
        }

        for (var i = 1; i < ranked.Count && chosen.Count < top; i++)
        {
            if (i != backupAt)
            {
                chosen.Add((ranked[i].Story, ranked[i].Score, MatchRole.Alternative));
            }
        }

        return chosen;
    }

    /// <summary>Whether one story retells another, by meaning (never without a model).</summary>
    private bool Retells(int story, int other) =>
        _meaning is not null && Retelling.Likeness(_meaning.Cosine(story, other)) >= Retelling.Threshold;

    private bool IsOtherProject(int story, string project) =>
        ProjectOf(_fields[story].Story) is { } other && !other.Equals(project, StringComparison.OrdinalIgnoreCase);

    /// <summary>The project a story belongs to for choosing a backup: its project, else its company.</summary>
    private static string? ProjectOf(Story story) => story.Project ?? story.Company;

    private List<string> Reasons(int story, string query, QueryReading reading, List<TermHit>? hits, (double Similarity, string? Text) closest, MeaningQuery? meaning, MatchRole role, int goTo)
    {
        var reasons = new List<string>();
        var fields = _fields[story];
        var queryTerms = Terms.Tokenize(query).Select(t => t.Term).Where(t => !Terms.IsStopTerm(t)).ToHashSet(StringComparer.Ordinal);
        foreach (var mapping in fields.Mappings)
        {
            var mapped = Terms.Tokenize(mapping.Text).Select(t => t.Term).Where(t => !Terms.IsStopTerm(t)).ToHashSet(StringComparer.Ordinal);
            if (mapped.Overlaps(queryTerms))
            {
                reasons.Add($"the bank maps \"{mapping.Text}\" to it ({Path.GetFileName(fields.Story.Source.File)}:{mapping.Line})");
            }
        }

        if (closest is { Text: { } text, Similarity: >= 0.3 })
        {
            reasons.Add($"its {(text == fields.Story.Title ? "title" : "stated use")} \"{text}\" is close to the query ({closest.Similarity:0.00})");
        }

        foreach (var mention in reading.Values)
        {
            var shown = mention.Value.Competencies.Where(c => _tags[story].ContainsKey(c)).ToList();
            if (shown.Count > 0)
            {
                reasons.Add($"covers {mention.Value.Name} ({mention.Company}) through {string.Join(", ", shown.Select(NameOf))}");
            }
        }

        foreach (var competency in reading.Competencies)
        {
            if (_tags[story].TryGetValue(competency.Id, out var tag))
            {
                var evidence = tag.Evidence[0];
                reasons.Add($"shows {NameOf(competency.Id)}, which the query asks for ({competency.Why}): \"{evidence.Phrase}\" in its {StoryProfiler.Describe(evidence.Source)}");
            }
        }

        if (meaning is not null && meaning.Closeness[story] >= CloseInMeaning && meaning.Closest(story) is { } passage)
        {
            reasons.Add($"close in meaning to the query ({_meaning!.Model}): its {Describe(passage.Field)} \"{Excerpt(passage.Text)}\" (cosine {passage.Cosine:0.00})");
        }

        if (hits is { Count: > 0 })
        {
            var words = hits.OrderByDescending(h => h.Score).Take(5).GroupBy(h => h.Field).OrderBy(g => g.Key)
                .Select(g => $"{string.Join(", ", g.Select(h => $"\"{h.Word}\""))} in its {Describe(g.Key)}");
            reasons.Add($"shares the words {string.Join("; ", words)}");
        }

        if (role == MatchRole.Backup)
        {
            reasons.Add(BackupReason(story, goTo));
        }

        return reasons;
    }

    private string BackupReason(int backup, int goTo)
    {
        var (mine, theirs) = (ProjectOf(_fields[backup].Story), ProjectOf(_fields[goTo].Story));
        if (Retells(backup, goTo))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the next best story, though it retells the go-to (their texts' meaning has a cosine of {_meaning!.Cosine(backup, goTo):0.00}): no other story matches nearly as well");
        }

        if (mine is not null && theirs is not null && !mine.Equals(theirs, StringComparison.OrdinalIgnoreCase))
        {
            return $"a backup from another project ({mine}, not {theirs})";
        }

        if (_meaning is not null && (mine is null || theirs is null))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"a backup that does not retell the go-to (their texts' meaning has a cosine of {_meaning.Cosine(backup, goTo):0.00}; the project of {(theirs is null ? "the go-to" : "this story")} is not known)");
        }

        return theirs is null
            ? "the next best story (the go-to's project is not known, so this may be the same one)"
            : mine is null
                ? "the next best story (its project is not known, so it may be the go-to's)"
                : "the next best story (no story from another project matches nearly as well)";
    }

    // Stories in the upper half of the bank by closeness in meaning name their closest passage as a reason.
    private const double CloseInMeaning = 0.5;

    private const int ExcerptLength = 90;

    private static string Excerpt(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= ExcerptLength ? line : string.Concat(line.AsSpan(0, ExcerptLength - 1).TrimEnd(), "…");
    }

    private string NameOf(string competencyId) =>
        _catalog.Competencies.FirstOrDefault(c => c.Id == competencyId)?.Name.ToLowerInvariant() ?? competencyId;

    private static string Describe(StoryField field) => field switch
    {
        StoryField.Title => "title",
        StoryField.Stated => "stated uses",
        StoryField.Headings => "headings",
        _ => "text",
    };

    private static bool LooksLikeQuestion(string query)
    {
        var trimmed = query.Trim();
        if (trimmed.EndsWith('?'))
        {
            return true;
        }

        var first = Terms.Tokenize(trimmed).Select(t => trimmed.Substring(t.Start, t.Length).ToLowerInvariant()).FirstOrDefault();
        return first is "tell" or "describe" or "give" or "walk" or "share" or "talk" or "what" or "how" or "why" or "when"
            or "have" or "did" or "do" or "can" or "which" or "who" or "explain";
    }
}
